import { errors } from 'jose';
import { describe, expect, it } from 'vitest';
import { mapCryptoError } from './crypto-errors';

describe('mapCryptoError', () => {
  it.each([
    [new errors.JWSSignatureVerificationFailed(), 'signature-mismatch'],
    [new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed'), 'alg-not-allowed-for-key'],
    [new errors.JOSENotSupported('alg X is not supported either by JOSE or your javascript runtime'), 'unsupported-in-this-browser'],
    [new errors.JOSENotSupported('Extension Header Parameter "foo" is not recognized'), 'crit-unsupported'],
    [new errors.JWSInvalid('Invalid Compact JWS'), 'token-malformed'],
    [new errors.JWTInvalid('bad'), 'token-malformed'],
    [new errors.JWKInvalid('bad'), 'key-invalid'],
    [new errors.JWKSInvalid('bad'), 'key-invalid'],
    [new errors.JWKSNoMatchingKey(), 'no-matching-key'],
    [new errors.JWKSMultipleMatchingKeys(), 'key-ambiguous'],
    [new errors.JWKSTimeout(), 'jwks-timeout'],
    [new errors.JWTExpired('"exp" claim timestamp check failed', {}), 'claims-invalid'],
  ] as const)('%s → %s', (error, code) => {
    const mapped = mapCryptoError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.source).toBe((error as { code: string }).code);
  });

  it('maps WebCrypto DOMExceptions by name', () => {
    expect(mapCryptoError(new DOMException('Unrecognized name.', 'NotSupportedError'))).toMatchObject({ code: 'unsupported-in-this-browser', source: 'NotSupportedError' });
    expect(mapCryptoError(new DOMException('Invalid keyData', 'DataError'))).toMatchObject({ code: 'key-invalid', detail: 'Invalid keyData' });
    expect(mapCryptoError(new DOMException('x', 'InvalidAccessError')).code).toBe('key-invalid');
  });

  it('maps the TypeErrors jose throws for unusable keys', () => {
    expect(mapCryptoError(new TypeError('RS256 requires key modulusLength to be 2048 bits or larger')).code).toBe('key-too-small');
    expect(mapCryptoError(new TypeError('CryptoKey instances must be of type "public" for the ES256 algorithm')).code).toBe('key-invalid');
  });

  it('keeps anything else as unknown-error, with its text as detail', () => {
    expect(mapCryptoError(new Error('boom'))).toEqual({ code: 'unknown-error', message: expect.any(String), detail: 'boom' });
    expect(mapCryptoError('a string').code).toBe('unknown-error');
    expect(mapCryptoError({ code: 'ERR_SOMETHING_NEW', message: 'new' })).toMatchObject({ code: 'unknown-error', source: 'ERR_SOMETHING_NEW' });
  });
});
