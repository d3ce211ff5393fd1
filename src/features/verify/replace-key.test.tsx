// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerifyInput, VerifyResult } from '../../lib/verify';
import { VerifyPanel } from './verify-panel';

// The verdicts do not matter here, only where fetched keys go.
const verifyToken = vi.hoisted(() => vi.fn<(input: VerifyInput) => Promise<VerifyResult>>());
vi.mock('../../lib/verify/verify', () => ({ verifyToken }));

// RFC 7515 A.1, HS256.
const A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const JWKS = { keys: [{ kty: 'oct', kid: 'fetched', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' }] };
const URL_TYPED = 'https://login.example.test/jwks.json';

beforeEach(() => {
  verifyToken.mockResolvedValue({ status: 'idle', code: 'no-key', message: '', alg: 'HS256', skipped: [], privateKeyPasted: false });
  vi.spyOn(window, 'fetch').mockImplementation(async () => new Response(JSON.stringify(JWKS), { status: 200 }));
});

afterEach(() => {
  vi.restoreAllMocks();
});

const keyInput = () => screen.getByTestId('key-input') as HTMLTextAreaElement;

async function fetchKeys() {
  fireEvent.change(screen.getByTestId('jwks-url-input'), { target: { value: URL_TYPED } });
  fireEvent.click(screen.getByTestId('jwks-url-fetch'));
  await screen.findByTestId('jwks-url-result');
}

describe('fetched keys and a key the user typed', () => {
  it('fill an empty key field, and replace keys fetched before, without asking', async () => {
    render(<VerifyPanel token={A1} now={new Date('2024-01-01T00:00:00Z')} />);
    await fetchKeys();
    await waitFor(() => expect(keyInput().value).toContain('"kid": "fetched"'));
    expect(screen.queryByTestId('replace-key-confirm')).toBeNull();
    expect(screen.getByTestId('jwks-url-result')).toHaveTextContent('they are in the key field above');
    await fetchKeys();
    expect(screen.queryByTestId('replace-key-confirm')).toBeNull();
  });

  it('ask before replacing a typed key, and keep it when asked to', async () => {
    render(<VerifyPanel token={A1} now={new Date('2024-01-01T00:00:00Z')} />);
    fireEvent.change(keyInput(), { target: { value: 'the secret I typed' } });
    await fetchKeys();
    const confirm = await screen.findByTestId('replace-key-confirm');
    expect(confirm).toHaveTextContent('Replace the key you pasted?');
    expect(screen.getByTestId('jwks-url-result')).toHaveTextContent('The key you pasted is still in the key field');
    expect(keyInput().value).toBe('the secret I typed');
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.queryByTestId('replace-key-confirm')).toBeNull();
    expect(keyInput().value).toBe('the secret I typed');
  });

  it('replace a typed key when the user says so', async () => {
    render(<VerifyPanel token={A1} now={new Date('2024-01-01T00:00:00Z')} />);
    fireEvent.change(keyInput(), { target: { value: 'the secret I typed' } });
    await fetchKeys();
    fireEvent.click(await screen.findByRole('button', { name: 'Replace' }));
    expect(keyInput().value).toContain('"kid": "fetched"');
    expect(screen.queryByTestId('replace-key-confirm')).toBeNull();
  });
});
