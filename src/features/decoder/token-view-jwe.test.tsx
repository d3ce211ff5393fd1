// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CompactEncrypt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { TokenView } from './token-view';

const NOW = new Date('2026-11-27T00:00:00Z');
const KEY_HEX = '000102030405060708090a0b0c0d0e0f';
const KEY = Uint8Array.from(KEY_HEX.match(/../g)!.map((pair) => parseInt(pair, 16)));
const claims = { iss: 'https://idp.example', sub: 'user-1', exp: 1700000000 };
const encoder = new TextEncoder();

function wrapped(plaintext: string, header: Record<string, unknown> = {}) {
  return new CompactEncrypt(encoder.encode(plaintext)).setProtectedHeader({ alg: 'A128KW', enc: 'A128GCM', ...header }).encrypt(KEY);
}

async function decryptWith(token: string, key: string, encoding = 'hex') {
  render(<TokenView token={token} now={NOW} />);
  fireEvent.change(await screen.findByTestId('decrypt-key-input'), { target: { value: key } });
  fireEvent.change(screen.getByTestId('decrypt-key-encoding'), { target: { value: encoding } });
  await waitFor(() => expect(screen.getByTestId('decrypt-status')).not.toHaveAttribute('data-status', 'idle'), { timeout: 5000 });
  await waitFor(() => expect(screen.getByTestId('decrypt-status')).not.toHaveAttribute('data-checking'), { timeout: 5000 });
  return screen.getByTestId('decrypt-status');
}

describe('TokenView with a JWE', () => {
  it('asks for the key its algorithm needs, then shows the decrypted claims, their times and findings', async () => {
    const status = await decryptWith(await wrapped(JSON.stringify(claims)), KEY_HEX);
    expect(screen.getByText(/16-byte \(128-bit\) shared key/)).toBeInTheDocument();
    expect(status).toHaveAttribute('data-status', 'decrypted');
    expect(JSON.parse(screen.getByTestId('plaintext-json').textContent!)).toEqual(claims);
    expect(screen.getByTestId('claim-exp')).toHaveTextContent('2023-11-14T22:13:20Z');
    expect(screen.getByTestId('warning-expired')).toBeInTheDocument();
  });

  it('fails with a key that does not open it, and shows nothing of the content', async () => {
    const status = await decryptWith(await wrapped(JSON.stringify(claims)), 'ffffffffffffffffffffffffffffffff');
    expect(status).toHaveAttribute('data-status', 'failed');
    expect(screen.queryByTestId('plaintext-json')).not.toBeInTheDocument();
  });

  it('shows text content as text', async () => {
    await decryptWith(await wrapped('plain words'), KEY_HEX);
    expect(screen.getByTestId('plaintext-text')).toHaveTextContent('plain words');
  });

  it('opens a signed token inside as a nested token with a verifier of its own', async () => {
    const inner = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(encoder.encode('an inner secret that is long enough!!'));
    const { container } = render(<TokenView token={await wrapped(inner, { cty: 'JWT' })} now={NOW} />);
    fireEvent.change(await screen.findByTestId('decrypt-key-input'), { target: { value: KEY_HEX } });
    fireEvent.change(screen.getByTestId('decrypt-key-encoding'), { target: { value: 'hex' } });
    const nested = await screen.findByTestId('nested-token-1', {}, { timeout: 5000 });
    expect(JSON.parse(within(nested).getByTestId('payload-json').textContent!)).toEqual(claims);
    expect(container.querySelector('[data-depth="1"]')).not.toBeNull();
    expect(await within(nested).findByTestId('key-input', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
