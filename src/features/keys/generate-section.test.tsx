// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GenerateSection } from './generate-section';

const optionValues = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('option').map((option) => (option as HTMLOptionElement).value);
const jsonOf = (testId: string) => JSON.parse(screen.getByTestId(testId).textContent ?? '') as Record<string, unknown>;

async function chooseEncryption() {
  fireEvent.change(screen.getByTestId('keygen-purpose'), { target: { value: 'enc' } });
  await waitFor(() => expect(optionValues('keygen-type')).toContain('X25519'));
}

async function generate(kind: string, alg?: string) {
  fireEvent.change(screen.getByTestId('keygen-type'), { target: { value: kind } });
  if (alg) fireEvent.change(screen.getByTestId('keygen-alg'), { target: { value: alg } });
  fireEvent.click(screen.getByTestId('keygen-generate'));
  await waitFor(() => expect(screen.getByTestId('keygen-status')).toHaveAttribute('data-status', 'done'));
}

describe('GenerateSection: signing or encryption', () => {
  it('renders on the server for signing, with the purpose held until hydration', () => {
    const html = renderToString(<GenerateSection />);
    expect(html).toMatch(/data-testid="keygen-purpose"[^>]*disabled=""|disabled=""[^>]*data-testid="keygen-purpose"/);
    expect(html).toContain('value="RSA-2048"');
    expect(html).not.toContain('RSA-OAEP');
  });

  it('offers the purpose as a labelled select, signing first', () => {
    render(<GenerateSection />);
    const purpose = screen.getByRole('combobox', { name: 'Purpose' });
    expect(purpose).toHaveValue('sig');
    expect(optionValues('keygen-purpose')).toEqual(['sig', 'enc']);
    expect(optionValues('keygen-type')).toContain('Ed25519');
    expect(optionValues('keygen-type')).not.toContain('X25519');
  });

  it('switches to the encryption kinds, RSA-OAEP-256 first, and back to signing', async () => {
    render(<GenerateSection />);
    await chooseEncryption();
    expect(optionValues('keygen-type')).toEqual([
      'RSA-OAEP-2048', 'RSA-OAEP-3072', 'RSA-OAEP-4096', 'ECDH-P-256', 'ECDH-P-384', 'ECDH-P-521', 'X25519',
      'AES-128', 'AES-192', 'AES-256', 'dir-A128GCM', 'dir-A192GCM', 'dir-A256GCM', 'dir-A128CBC-HS256', 'dir-A192CBC-HS384', 'dir-A256CBC-HS512',
    ]);
    expect(screen.getByTestId('keygen-alg')).toHaveValue('RSA-OAEP-256');
    expect(optionValues('keygen-alg')).toEqual(['RSA-OAEP-256', 'RSA-OAEP', 'RSA-OAEP-384', 'RSA-OAEP-512']);
    fireEvent.change(screen.getByTestId('keygen-purpose'), { target: { value: 'sig' } });
    expect(screen.getByTestId('keygen-alg')).toHaveValue('RS256');
  });

  it('an X25519 pair: public JWK and JWK Set with use "enc", the private key labelled for the recipient', async () => {
    render(<GenerateSection />);
    await chooseEncryption();
    fireEvent.change(screen.getByTestId('keygen-type'), { target: { value: 'X25519' } });
    expect(screen.getByTestId('keygen-alg')).toHaveValue('ECDH-ES');
    await generate('X25519', 'ECDH-ES+A256KW');
    const publicJwk = jsonOf('keygen-public-jwk');
    expect(publicJwk).toMatchObject({ kty: 'OKP', crv: 'X25519', use: 'enc', alg: 'ECDH-ES+A256KW', kid: screen.getByTestId('keygen-thumbprint').textContent });
    expect(publicJwk).not.toHaveProperty('d');
    expect(jsonOf('keygen-jwks')).toEqual({ keys: [publicJwk] });
    expect(jsonOf('keygen-private-jwk')).toMatchObject({ kty: 'OKP', crv: 'X25519', use: 'enc', d: expect.any(String) });
    expect(screen.getByTestId('keygen-private-pem')).toHaveTextContent(/BEGIN PRIVATE KEY/);
    expect(screen.getByTestId('keygen-roles')).toHaveTextContent(/recipient.*keeps the private key/);
    expect(screen.getByRole('group', { name: 'Private JWK' })).toBe(screen.getByTestId('keygen-private-jwk'));
    expect(screen.getByRole('button', { name: 'Copy public jwk set' })).toBeInTheDocument();
    expect(screen.queryByTestId('keygen-a192-note')).toBeNull();
  });

  it('notes that Chromium cannot use a key needing 192-bit AES, and still makes it', async () => {
    render(<GenerateSection />);
    await chooseEncryption();
    fireEvent.change(screen.getByTestId('keygen-type'), { target: { value: 'ECDH-P-256' } });
    expect(screen.queryByTestId('keygen-a192-note')).toBeNull();
    fireEvent.change(screen.getByTestId('keygen-alg'), { target: { value: 'ECDH-ES+A192KW' } });
    expect(screen.getByTestId('keygen-a192-note')).toHaveTextContent(/Chromium/);
    await generate('AES-192');
    expect(screen.getByTestId('keygen-a192-note')).toHaveTextContent(/A192KW/);
    expect(Buffer.from(screen.getByTestId('keygen-secret-base64url').textContent ?? '', 'base64url')).toHaveLength(24);
    expect(jsonOf('keygen-private-jwk')).toMatchObject({ kty: 'oct', alg: 'A192KW', use: 'enc' });
    expect(screen.getByTestId('keygen-roles')).toHaveTextContent(/shared key/);
    expect(screen.queryByTestId('keygen-jwks')).toBeNull();
  });

  it('a dir key for A256CBC-HS512: 64 bytes, alg "dir", its enc named', async () => {
    render(<GenerateSection />);
    await chooseEncryption();
    fireEvent.change(screen.getByTestId('keygen-type'), { target: { value: 'dir-A256CBC-HS512' } });
    expect(optionValues('keygen-alg')).toEqual(['dir']);
    expect(screen.getByTestId('keygen-sources')).toHaveTextContent('"enc": "A256CBC-HS512"');
    await generate('dir-A256CBC-HS512');
    expect(screen.getByTestId('keygen-secret-hex').textContent).toMatch(/^[0-9a-f]{128}$/);
    expect(jsonOf('keygen-private-jwk')).toMatchObject({ kty: 'oct', alg: 'dir', use: 'enc' });
  });
});
