import { describe, expect, it } from 'vitest';
import { ALGORITHMS, algorithmInfo, describeAlgorithm, expectedSignatureLength } from './algorithms';

const JWS_FAMILIES = new Set(['HMAC', 'RSA', 'RSA-PSS', 'ECDSA', 'EdDSA', 'none']);

describe('ALGORITHMS', () => {
  it('names each algorithm once, with a description and an https source', () => {
    const names = ALGORITHMS.map((alg) => alg.name);
    expect(new Set(names).size).toBe(names.length);
    for (const alg of ALGORITHMS) {
      expect(alg.description.trim(), alg.name).not.toBe('');
      expect(new URL(alg.sourceUrl).protocol, alg.name).toBe('https:');
    }
  });

  it('covers the registered JWS algorithms', () => {
    const jws = [
      'HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512',
      'PS256', 'PS384', 'PS512', 'none', 'EdDSA', 'Ed25519', 'Ed448', 'ES256K',
    ];
    for (const name of jws) {
      expect(JWS_FAMILIES.has(algorithmInfo(name)?.family ?? ''), name).toBe(true);
    }
  });

  it('covers the registered JWE key management and content encryption algorithms', () => {
    const keyManagement = [
      'RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512', 'A128KW', 'A192KW', 'A256KW', 'dir',
      'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW', 'A128GCMKW', 'A192GCMKW', 'A256GCMKW',
      'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW',
    ];
    const contentEncryption = ['A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512', 'A128GCM', 'A192GCM', 'A256GCM'];
    for (const name of keyManagement) expect(algorithmInfo(name)?.family, name).toBe('key-management');
    for (const name of contentEncryption) expect(algorithmInfo(name)?.family, name).toBe('content-encryption');
  });

  it('cites the RFC 7518 section of the original algorithms', () => {
    expect(algorithmInfo('HS256')?.sourceUrl).toBe('https://www.rfc-editor.org/rfc/rfc7518#section-3.2');
    expect(algorithmInfo('RS256')?.source).toBe('RFC 7518 §3.3');
    expect(algorithmInfo('ES256')?.source).toBe('RFC 7518 §3.4');
    expect(algorithmInfo('PS256')?.source).toBe('RFC 7518 §3.5');
    expect(algorithmInfo('none')?.source).toBe('RFC 7518 §3.6');
    expect(algorithmInfo('A256GCM')?.source).toBe('RFC 7518 §5.3');
    expect(algorithmInfo('EdDSA')?.source).toBe('RFC 8037 §3.1');
    expect(algorithmInfo('Ed25519')?.source).toBe('RFC 9864 §2.2');
    expect(algorithmInfo('ES256K')?.source).toBe('RFC 8812 §3.2');
  });

  it('names the hash that the algorithm name implies', () => {
    for (const alg of ALGORITHMS) {
      const bits = /(?:HS|RS|PS|ES|OAEP-)(256|384|512)\b/.exec(alg.name)?.[1];
      if (bits !== undefined) expect(alg.hash, alg.name).toBe(`SHA-${bits}`);
    }
  });

  it('gives a signature length only to JWS algorithms', () => {
    for (const alg of ALGORITHMS.filter((a) => !JWS_FAMILIES.has(a.family))) {
      expect(alg, alg.name).not.toHaveProperty('signatureBytes');
    }
    for (const alg of ALGORITHMS.filter((a) => JWS_FAMILIES.has(a.family) && a.name !== 'EdDSA')) {
      expect(alg.signatureBytes, alg.name).toBeDefined();
    }
  });
});

describe('algorithmInfo', () => {
  it('is case-sensitive, as alg values are', () => {
    expect(algorithmInfo('none')?.family).toBe('none');
    for (const name of ['None', 'NONE', 'hs256', 'rs256', '']) {
      expect(algorithmInfo(name), name).toBeUndefined();
    }
  });

  it('finds nothing for Object.prototype members', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      expect(algorithmInfo(name), name).toBeUndefined();
    }
  });
});

describe('describeAlgorithm', () => {
  it('joins the name and the registry description with an em dash', () => {
    expect(describeAlgorithm('RS256')).toBe('RS256 — RSASSA-PKCS1-v1_5 using SHA-256');
    expect(describeAlgorithm('ES512')).toBe('ES512 — ECDSA using P-521 and SHA-512');
    expect(describeAlgorithm('PS384')).toBe('PS384 — RSASSA-PSS using SHA-384 and MGF1 with SHA-384');
    expect(describeAlgorithm('none')).toBe('none — No digital signature or MAC performed');
    expect(describeAlgorithm('A256GCM')).toBe('A256GCM — AES GCM using 256-bit key');
  });

  it('says when a name is not registered', () => {
    expect(describeAlgorithm('XYZ')).toBe('XYZ — not a registered JWS algorithm');
    expect(describeAlgorithm('None')).toBe('None — not a registered JWS algorithm');
  });
});

describe('expectedSignatureLength', () => {
  it('gives the decoded signature length of each JWS algorithm', () => {
    const expected: Record<string, number | 'modulus'> = {
      HS256: 32, HS384: 48, HS512: 64,
      ES256: 64, ES384: 96, ES512: 132, ES256K: 64,
      Ed25519: 64, Ed448: 114, none: 0,
      RS256: 'modulus', RS384: 'modulus', RS512: 'modulus',
      PS256: 'modulus', PS384: 'modulus', PS512: 'modulus',
    };
    for (const [alg, length] of Object.entries(expected)) {
      expect(expectedSignatureLength(alg), alg).toBe(length);
    }
  });

  it('matches the fixed R || S size of each ECDSA curve', () => {
    const curveBits: Record<string, number> = { ES256: 256, ES384: 384, ES512: 521, ES256K: 256 };
    for (const [alg, bits] of Object.entries(curveBits)) {
      expect(expectedSignatureLength(alg), alg).toBe(2 * Math.ceil(bits / 8));
    }
  });

  it('is undefined when the name does not decide the length', () => {
    // EdDSA signs 64 bytes with an Ed25519 key and 114 with an Ed448 key.
    expect(expectedSignatureLength('EdDSA')).toBeUndefined();
    expect(expectedSignatureLength('A128KW')).toBeUndefined();
    expect(expectedSignatureLength('XYZ')).toBeUndefined();
  });
});
