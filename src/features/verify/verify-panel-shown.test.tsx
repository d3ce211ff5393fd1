// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerifyInput, VerifyResult } from '../../lib/verify';
import { VerifyPanel } from './verify-panel';

// The verdicts are driven by hand: the rules themselves are tested in src/lib/verify.
const verifyToken = vi.hoisted(() => vi.fn<(input: VerifyInput) => Promise<VerifyResult>>());
vi.mock('../../lib/verify/verify', () => ({ verifyToken }));

// {"alg":"HS256"} with an empty payload part.
const EMPTY_PAYLOAD = 'eyJhbGciOiJIUzI1NiJ9..c2lnbmF0dXJl';
const A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const NOW = new Date('2024-01-01T00:00:00Z');

const base = { alg: 'HS256', skipped: [], privateKeyPasted: false };
const typeKey = (text: string) => fireEvent.change(screen.getByTestId('key-input'), { target: { value: text } });

beforeEach(() => {
  verifyToken.mockReset();
  verifyToken.mockResolvedValue({ ...base, status: 'verified', code: 'verified', message: '' });
});

describe('VerifyPanel and the token shown', () => {
  it('offers the detached content for an empty payload and verifies over what is typed', async () => {
    render(<VerifyPanel token={EMPTY_PAYLOAD} now={NOW} />);
    fireEvent.change(screen.getByTestId('detached-payload-input'), { target: { value: 'the content' } });
    await waitFor(() => expect(verifyToken).toHaveBeenLastCalledWith(expect.objectContaining({ detachedPayload: 'the content' })));
  });

  it('has no detached content field when the payload is there', () => {
    render(<VerifyPanel token={A1} now={NOW} />);
    expect(screen.queryByTestId('detached-payload-input')).toBeNull();
  });

  it('says the whitespace inside the pasted token was removed', async () => {
    render(<VerifyPanel token={A1} now={NOW} whitespaceRemoved />);
    expect(await screen.findByTestId('verify-whitespace-note')).toHaveTextContent('spaces and line breaks inside the pasted token were removed');
  });

  it('reads the claims of a token with a trailing dot, which is verified as it stands', async () => {
    render(<VerifyPanel token={`${A1}.`} now={NOW} />);
    await waitFor(() => expect(verifyToken).toHaveBeenCalledWith(expect.objectContaining({ token: `${A1}.` })));
    expect(screen.getByTestId('claims-status')).toBeInTheDocument();
  });

  it('offers each key of an ambiguous set alone, and the whole set again', async () => {
    verifyToken.mockImplementation(async (input) =>
      input.onlyKey === undefined
        ? { ...base, status: 'error', code: 'mixed-key-set', message: 'ambiguous', ambiguity: { code: 'mixed-key-set', keys: [{ index: 0, description: 'EC P-256 public key' }] } }
        : { ...base, status: 'verified', code: 'verified', message: '', key: { description: 'EC', source: 'jwks', index: input.onlyKey }, ambiguity: { code: 'mixed-key-set', keys: [] } },
    );
    render(<VerifyPanel token={A1} now={NOW} />);
    typeKey('{"keys":[]}');
    fireEvent.click(await screen.findByTestId('verify-with-key-0'));
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-status', 'verified'));
    expect(verifyToken).toHaveBeenLastCalledWith(expect.objectContaining({ onlyKey: 0 }));
    fireEvent.click(screen.getByTestId('verify-with-whole-set'));
    await waitFor(() => expect(screen.getByTestId('verify-status')).toHaveAttribute('data-code', 'mixed-key-set'));
  });
});
