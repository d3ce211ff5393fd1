// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../../lib/core/base64url';
import vectors from '../../lib/jwt/fixtures/published-jws.json';
import { TokenView } from './token-view';

const NOW = new Date('2026-11-27T00:00:00Z');
const vector = (id: string) => vectors.find((v) => v.id === id)!.token;

describe('TokenView', () => {
  it('shows header and payload as JSON that parses back, then the signature, the findings and the type', async () => {
    render(<TokenView token={vector('rfc7515-a1-hs256-jwk')} now={NOW} />);
    expect(JSON.parse(screen.getByTestId('header-json').textContent!)).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(JSON.parse(screen.getByTestId('payload-json').textContent!)).toEqual({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true });
    expect(await screen.findByTestId('signature')).toHaveTextContent('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(screen.getByTestId('signature-length')).toHaveTextContent('32 bytes');
    expect(screen.getByTestId('token-type')).toHaveTextContent('JWS');
    expect(screen.getByTestId('warning-expired')).toBeInTheDocument();
  });

  it('names the implied algorithm in words once the tables load', async () => {
    render(<TokenView token={vector('rfc7515-a2-rs256-jwk')} now={NOW} />);
    expect(await screen.findByText('RS256 — RSASSA-PKCS1-v1_5 using SHA-256', { selector: '[data-testid="signature-alg"]' })).toBeInTheDocument();
  });

  it('says what is wrong, and where, when a part does not decode', () => {
    render(<TokenView token={`${encodeBase64urlText('{"alg":"HS256"}')}.eyJzdWIiOiIxMjM0NTY3O%DkwIn0.c2ln`} now={NOW} />);
    expect(screen.getByRole('alert')).toHaveTextContent('payload: invalid base64url character "%" at offset 21');
    expect(screen.getByTestId('header-json')).toBeInTheDocument();
  });

  it('shows a JWE header, names its five parts and says the content is encrypted', async () => {
    render(<TokenView token={vector('rfc7520-6-nested-jwe-containing-jws')} now={NOW} />);
    expect(screen.getByTestId('token-type')).toHaveTextContent('JWE');
    expect(await screen.findByTestId('jwe-note')).toHaveTextContent(/encrypted \(RSA-OAEP for the key, A128GCM for the content\)/);
    expect(screen.getByTestId('jwe-part-tag')).toHaveTextContent('16 bytes');
    expect(screen.queryByTestId('payload-json')).not.toBeInTheDocument();
  });

  it('decodes a nested token one level deeper on each click', () => {
    const inner = `${encodeBase64urlText('{"alg":"HS256"}')}.${encodeBase64urlText('{"sub":"inner"}')}.c2ln`;
    const outer = `${encodeBase64urlText('{"alg":"HS256","cty":"JWT"}')}.${encodeBase64urlText(inner)}.c2ln`;
    const { container } = render(<TokenView token={outer} now={NOW} />);
    expect(screen.getByTestId('payload-text')).toHaveTextContent(inner);
    fireEvent.click(screen.getByTestId('decode-nested-0'));
    const nested = container.querySelector<HTMLElement>('[data-depth="1"]')!;
    expect(JSON.parse(within(nested).getByTestId('payload-json').textContent!)).toEqual({ sub: 'inner' });
  });

  it('shows an unencoded payload (RFC 7797) as text', async () => {
    render(<TokenView token={vector('cookbook-rfc7797-b64-false-crit')} now={NOW} />);
    expect(screen.getByTestId('payload-text')).toHaveTextContent('This is the payload string!');
    expect(await screen.findByTestId('warning-crit')).toBeInTheDocument();
  });
});
