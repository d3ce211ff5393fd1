// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import vectors from '../../lib/jwt/fixtures/published-jws-json.json';
import { LazyJoseJsonView } from './lazy-jose-json';

const NOW = new Date('2026-11-27T00:00:00Z');
// The view, the details and the verifier load as chunks of their own, slower the first time.
const LOADED = { timeout: 10_000 };
const vector = (id: string) => vectors.find((v) => v.id === id)!;

describe('the JWS JSON serialization view', () => {
  it('RFC 7520 §4.8: the payload, then each signature with both its headers, checked with a pasted JWK Set', async () => {
    const multiple = vector('rfc7520-4.8-general-public-jwks');
    render(<LazyJoseJsonView kind="jws" text={JSON.stringify(multiple.jws, null, 2)} now={NOW} />);
    expect(await screen.findByTestId('token-type', {}, LOADED)).toHaveTextContent('JWS (JSON, general)');
    expect(screen.getByTestId('payload-text')).toHaveTextContent(/^It’s a dangerous business, Frodo/);
    expect(JSON.parse(screen.getByTestId('signature-0-protected').textContent!)).toEqual({ alg: 'RS256' });
    expect(JSON.parse(screen.getByTestId('signature-0-header').textContent!)).toEqual({ kid: 'bilbo.baggins@hobbiton.example' });
    expect(within(screen.getByTestId('signature-1')).queryByTestId('signature-1-protected')).not.toBeInTheDocument();
    expect(screen.getByTestId('signature-2-value')).toHaveTextContent('s0h6KThzkfBBBkLspW1h84VsJZFTsPPqMDA7g1Md7p0');
    for (const n of [0, 1, 2]) expect(screen.getByTestId(`signature-${n}`)).toHaveAttribute('data-status', 'idle');

    fireEvent.change(await screen.findByTestId('key-input', {}, LOADED), { target: { value: multiple.key } });
    const status = screen.getByTestId('verify-status');
    await expect.poll(() => status.getAttribute('data-status'), LOADED).toBe('verified');
    expect([0, 1, 2].map((n) => screen.getByTestId(`signature-${n}`).getAttribute('data-status'))).toEqual(['verified', 'verified', 'idle']);
  });

  it('a flattened JWS with JSON claims shows them as for a compact token', async () => {
    const jws = { payload: btoa(JSON.stringify({ sub: 'alice', exp: 1300819380 })).replace(/=+$/, ''), protected: btoa('{"alg":"HS256"}').replace(/=+$/, ''), signature: 'c2ln' };
    render(<LazyJoseJsonView kind="jws" text={JSON.stringify(jws)} now={NOW} />);
    expect(await screen.findByTestId('token-type')).toHaveTextContent('JWS (JSON, flattened)');
    expect(JSON.parse(screen.getByTestId('payload-json').textContent!)).toEqual({ sub: 'alice', exp: 1300819380 });
    expect(await screen.findByTestId('claim-exp')).toHaveTextContent('2011-03-22T18:43:00Z');
  });

  it('says which member is wrong, for the object and for a signature', async () => {
    render(<LazyJoseJsonView kind="jws" text={JSON.stringify({ payload: 'e30', signatures: [{ protected: 'eyJhbGciOiJIUzI1NiJ9', header: { alg: 'HS384' }, signature: 'c2ln' }, 7] })} now={NOW} />);
    const row = await screen.findByTestId('signature-0');
    expect(within(row).getByText(/"alg" is in both "protected" and "header"/)).toHaveAttribute('data-code', 'headers-not-disjoint');
    expect(within(screen.getByTestId('signature-1')).getByText(/^signatures\[1\]: a number/)).toHaveAttribute('data-code', 'entry-not-object');
    expect(within(screen.getByTestId('signature-1')).queryByTestId('signature-1-value')).not.toBeInTheDocument();
  });

  it('broken JSON is one alert that says where', async () => {
    render(<LazyJoseJsonView kind="jws" text={'{"payload": "e30",\n "signature": }'} now={NOW} />);
    const alert = await screen.findByTestId('decode-error');
    expect(within(alert).getByText(/line 2, column 15/)).toHaveAttribute('data-code', 'invalid-json');
    expect(screen.queryByTestId('token-type')).not.toBeInTheDocument();
  });
});
