// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerifyInput, VerifyResult } from '../../lib/verify';
import { VerifyPanel } from './verify-panel';

// jose's WebCrypto calls are covered in node by src/lib/verify; here the verdicts are driven by hand.
const verifyToken = vi.hoisted(() => vi.fn<(input: VerifyInput) => Promise<VerifyResult>>());
vi.mock('../../lib/verify/verify', () => ({ verifyToken }));

// RFC 7515 A.1: {"iss":"joe","exp":1300819380,...}, HS256.
const A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const NOW = new Date('2024-01-01T00:00:00Z');

function verified(description: string): VerifyResult {
  return { status: 'verified', code: 'verified', message: '', alg: 'HS256', key: { description, source: 'pasted', thumbprint: 'x'.repeat(43) }, skipped: [], privateKeyPasted: false };
}

beforeEach(() => {
  verifyToken.mockReset();
  verifyToken.mockImplementation(async ({ key }) =>
    key.kind === 'empty'
      ? { status: 'idle', code: 'no-key', message: 'Paste a key.', alg: 'HS256', skipped: [], privateKeyPasted: false }
      : verified(key.kind === 'secret' ? key.description : 'key'),
  );
});

const typeKey = (text: string) => fireEvent.change(screen.getByTestId('key-input'), { target: { value: text } });

describe('VerifyPanel', () => {
  it('is idle without a key and shows both verdicts apart: a good signature on an expired token', async () => {
    render(<VerifyPanel token={A1} now={NOW} />);
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'idle'));
    typeKey('a-secret-that-is-long-enough-for-hs256!!');
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'verified'));
    expect(screen.getByTestId('verify-status')).toHaveTextContent('Signature verified — HS256 with the pasted HMAC secret');
    expect(screen.getByTestId('claims-status')).toHaveAttribute('data-status', 'invalid');
    expect(screen.getByTestId('claim-check-exp')).toHaveTextContent('RFC 7519 §4.1.4');
    fireEvent.change(screen.getByLabelText(/Check at \(UTC\)/), { target: { value: '2011-03-22T00:00' } });
    expect(screen.getByTestId('claims-status')).toHaveAttribute('data-status', 'valid');
  });

  it('never guesses the encoding: it offers the one the secret looks like', async () => {
    render(<VerifyPanel token={A1} now={NOW} />);
    typeKey('AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow');
    const select = await screen.findByTestId('secret-encoding');
    expect(select).toHaveValue('utf8');
    fireEvent.click(await screen.findByRole('button', { name: 'This looks like base64url — use it' }));
    expect(select).toHaveValue('base64url');
    await waitFor(() => expect(verifyToken).toHaveBeenLastCalledWith(expect.objectContaining({ key: expect.objectContaining({ encoding: 'base64url' }) })));
  });

  it('warns about a well-known secret and a pasted private key', async () => {
    verifyToken.mockResolvedValue({ ...verified('EC'), privateKeyPasted: true });
    render(<VerifyPanel token={A1} now={NOW} />);
    typeKey('secret');
    expect(await screen.findByTestId('warning-weak-secret')).toHaveTextContent('well-known');
    expect(await screen.findByTestId('private-key-notice')).toHaveTextContent('stayed in this page');
  });

  it('judges the secret inside an oct JWK or a JWK Set as it judges a typed one', async () => {
    render(<VerifyPanel token={A1} now={NOW} />);
    // "your-256-bit-secret" in base64url: well-known, and 19 bytes where HS256 needs 32 (RFC 7518 §3.2).
    typeKey('{"kty": "oct", "k": "eW91ci0yNTYtYml0LXNlY3JldA"}');
    const warning = await screen.findByTestId('warning-weak-secret');
    expect(warning).toHaveTextContent('well-known');
    expect(warning).toHaveTextContent('19 bytes, 13 bytes short of the 32 HS256 needs');
    typeKey('{"keys": [{"kty": "oct", "kid": "k1", "k": "c2VjcmV0"}]}');
    await waitFor(() => expect(screen.getByTestId('warning-weak-secret')).toHaveTextContent('Key 0 (kid "k1"): The secret is 6 bytes'));
  });

  it('never lets a slow verdict overwrite a newer one', async () => {
    let finishSlow: (result: VerifyResult) => void = () => {};
    verifyToken.mockImplementation(({ key }) => {
      if (key.kind === 'secret' && key.description.includes('41 bytes')) return new Promise((resolve) => (finishSlow = resolve));
      return Promise.resolve({ status: 'invalid', code: 'signature-mismatch', message: 'No match.', alg: 'HS256', skipped: [], privateKeyPasted: false });
    });
    render(<VerifyPanel token={A1} now={NOW} />);
    typeKey('the-slow-secret-that-is-long-enough-xxxxx');
    await waitFor(() => expect(verifyToken).toHaveBeenCalledWith(expect.objectContaining({ key: expect.objectContaining({ kind: 'secret' }) })));
    typeKey('a-different-secret');
    // The verdict for the key typed last, not the one kept on screen while it was checked.
    await waitFor(() => expect(screen.getByTestId('verify-status')).not.toHaveAttribute('data-checking'));
    expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'invalid');
    await act(async () => finishSlow(verified('slow')));
    expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'invalid');
    expect(screen.getByTestId('verify-status')).not.toHaveAttribute('data-checking');
  });

  it('names the verdict by its stable code, also when the key could not be read', async () => {
    verifyToken.mockImplementation(async ({ key }) =>
      key.kind === 'invalid'
        ? { status: 'error', code: key.error.code, message: key.error.message, alg: 'HS256', skipped: [], privateKeyPasted: false }
        : { status: 'idle', code: 'no-key', message: 'Paste a key.', alg: 'HS256', skipped: [], privateKeyPasted: false },
    );
    render(<VerifyPanel token={A1} now={NOW} />);
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-code', 'no-key'));
    typeKey('{"kty": "EC", "crv": "P-256"}');
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-code', 'jwk-missing-member'));
    expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'error');
  });

  it('keeps the last verdict on screen, marked busy, while a newer check runs', async () => {
    let finish: (result: VerifyResult) => void = () => {};
    render(<VerifyPanel token={A1} now={NOW} />);
    const status = screen.getByTestId('verify-status');
    // The first check (no key yet) may still be running on a slow machine: wait until it is done.
    await waitFor(() => {
      expect(status).toHaveAttribute('data-status', 'idle');
      expect(status).not.toHaveAttribute('data-checking');
    });
    expect(status).toHaveAttribute('aria-busy', 'false');
    typeKey('a-secret-that-is-long-enough-for-hs256!!');
    // Idle stays only until there is a key: the check is marked as running at once.
    expect(status).toHaveAttribute('data-checking', 'true');
    await waitFor(() => expect(status).toHaveAttribute('data-status', 'verified'));
    expect(status).not.toHaveAttribute('data-checking');

    verifyToken.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    typeKey('another-secret-that-is-long-enough-for-hs256');
    expect(status).toHaveAttribute('data-checking', 'true');
    expect(status).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(verifyToken).toHaveBeenLastCalledWith(expect.objectContaining({ key: expect.objectContaining({ description: expect.stringContaining('44 bytes') }) })));
    expect(status).toHaveAttribute('data-status', 'verified');
    expect(status).toHaveAttribute('data-code', 'verified');
    await act(async () => finish({ status: 'invalid', code: 'signature-mismatch', message: 'No match.', alg: 'HS256', skipped: [], privateKeyPasted: false }));
    expect(status).toHaveAttribute('data-status', 'invalid');
    expect(status).toHaveAttribute('data-code', 'signature-mismatch');
    expect(status).not.toHaveAttribute('data-checking');
    expect(status).toHaveAttribute('aria-busy', 'false');
  });
});
