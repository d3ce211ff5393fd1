// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../lib/core/base64url';
import moduli from '../../lib/verify/fixtures/roca-moduli.json';
import { parseKey } from '../../lib/verify';
import { KeyWarnings } from './key-warnings';

const rocaN = (id: string) => encodeBase64url(Uint8Array.from(Buffer.from(moduli.find((m) => m.id === id)!.modulusHex, 'hex')));

describe('the weak-key warning', () => {
  it('names the ROCA CVE, says to regenerate the key and carries its severity', () => {
    render(<KeyWarnings parsed={parseKey(JSON.stringify({ kty: 'RSA', n: rocaN('mod03'), e: 'AQAB' }), 'utf8')} alg="RS256" result={null} />);
    const warning = screen.getByTestId('warning-weak-key');
    expect(warning).toHaveAttribute('data-severity', 'high');
    expect(warning).toHaveTextContent('CVE-2017-15361');
    expect(warning).toHaveTextContent('Regenerate the key');
    expect(screen.getByRole('link', { name: /CVE-2017-15361/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
  });

  it('names the keys of a JWK Set that have the fingerprint, once for all of them', () => {
    const set = { keys: [{ kty: 'RSA', n: rocaN('mod03'), e: 'AQAB', kid: 'a' }, { kty: 'RSA', n: rocaN('mod06'), e: 'AQAB' }, { kty: 'RSA', n: rocaN('mod09'), e: 'AQAB' }] };
    render(<KeyWarnings parsed={parseKey(JSON.stringify(set), 'utf8')} alg="RS256" result={null} />);
    const warnings = screen.getAllByTestId('warning-weak-key');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toHaveTextContent('Key 0 (kid "a"), Key 2:');
    expect(warnings[0]).not.toHaveTextContent('Key 1');
  });

  it('is absent for a sound key', () => {
    render(<KeyWarnings parsed={parseKey(JSON.stringify({ kty: 'RSA', n: rocaN('mod07'), e: 'AQAB' }), 'utf8')} alg="RS256" result={null} />);
    expect(screen.queryByTestId('warning-weak-key')).toBeNull();
  });
});

describe('the weak-secret warning', () => {
  it('says how many bytes the secret lacks and quotes the MUST of RFC 7518 §3.2', () => {
    render(<KeyWarnings parsed={parseKey('a'.repeat(20), 'utf8')} alg="HS256" result={null} />);
    const warning = screen.getByTestId('warning-weak-secret');
    expect(warning).toHaveTextContent('The secret is 20 bytes, 12 bytes short of the 32 HS256 needs');
    expect(warning).toHaveTextContent('or larger MUST be used with this algorithm');
    expect(warning).toHaveAttribute('data-severity', 'high');
    expect(screen.getByRole('link', { name: 'RFC 7518 §3.2' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc7518#section-3.2');
  });
});
