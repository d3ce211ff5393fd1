// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeysPage } from './keys-page';

describe('KeysPage', () => {
  it('renders on the server with no key and the generate button held until hydration', () => {
    const html = renderToString(<KeysPage />);
    expect(html).toContain('Generate a key');
    expect(html).toContain('Convert a key');
    expect(html).not.toContain('keygen-public-pem');
    expect(html).not.toContain('keygen-secret-hex');
    expect(html).toMatch(/data-testid="keygen-generate"[^>]*disabled=""|disabled=""[^>]*data-testid="keygen-generate"/);
  });

  it('says that private keys stay in memory', () => {
    render(<KeysPage />);
    expect(screen.getByTestId('keys-privacy')).toHaveTextContent(/memory only/);
    expect(screen.getByTestId('keys-privacy')).toHaveTextContent(/never stored/);
  });

  it('generates a secret and keeps the kid editable, defaulting to the thumbprint', async () => {
    render(<KeysPage />);
    fireEvent.change(screen.getByTestId('keygen-type'), { target: { value: 'HS384' } });
    expect(screen.getByTestId('keygen-alg')).toHaveValue('HS384');
    fireEvent.click(screen.getByTestId('keygen-generate'));
    await waitFor(() => expect(screen.getByTestId('keygen-status')).toHaveAttribute('data-status', 'done'));
    expect(screen.getByTestId('keygen-secret-hex').textContent).toMatch(/^[0-9a-f]{96}$/);
    const kid = screen.getByTestId('keygen-kid');
    expect(kid).toHaveValue(screen.getByTestId('keygen-thumbprint').textContent);
    fireEvent.change(kid, { target: { value: 'mine' } });
    expect(JSON.parse(screen.getByTestId('keygen-private-jwk').textContent ?? '')).toMatchObject({ kty: 'oct', kid: 'mine', alg: 'HS384', use: 'sig' });
  });

  it('shows a conversion error as an alert with its code, and keeps the pasted text', async () => {
    render(<KeysPage />);
    const input = screen.getByTestId('keyconv-input');
    fireEvent.change(input, { target: { value: '-----BEGIN PUBLIC KEY-----\nMFkw$\n-----END PUBLIC KEY-----' } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-code', 'pem-invalid-base64');
    expect(alert).toHaveTextContent(/Line 2, column 5/);
    expect(input).toHaveValue('-----BEGIN PUBLIC KEY-----\nMFkw$\n-----END PUBLIC KEY-----');
  });
});
