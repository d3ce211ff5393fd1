import { describe, expect, it } from 'vitest';
import { decryptJwe } from './decrypt';
import { algorithmsOf, CONTENT_ENCRYPTION, ENC_NAMES, KEY_MANAGEMENT } from './jwe-algorithms';
import { b64url, encryptCompact, publicKeyFor, testKeyPair, testSecret } from './test-keys';

/** Every alg × enc jose supports: encrypted with jose here, opened with decryptJwe. */

const PLAINTEXT = 'Round trip through every JWE algorithm: ✓';
const PASSWORD = 'correct horse battery staple and more';

interface Case {
  alg: string;
  enc: string;
  keyKind: string;
}

const asymmetric: Case[] = [
  ...algorithmsOf('rsa').flatMap((alg) => ENC_NAMES.map((enc) => ({ alg, enc, keyKind: 'RSA' }))),
  ...['P-256', 'P-384', 'P-521', 'X25519'].flatMap((keyKind) => algorithmsOf('ecdh').flatMap((alg) => ENC_NAMES.map((enc) => ({ alg, enc, keyKind })))),
];
const symmetric: Case[] = Object.keys(KEY_MANAGEMENT)
  .filter((alg) => ['aes-kw', 'aes-gcm-kw', 'dir', 'pbes2'].includes(KEY_MANAGEMENT[alg]!.family))
  .flatMap((alg) => ENC_NAMES.map((enc) => ({ alg, enc, keyKind: KEY_MANAGEMENT[alg]!.family })));

describe('round trip: asymmetric keys as PKCS#8 PEM', () => {
  it.each(asymmetric)('$alg + $enc ($keyKind)', async ({ alg, enc, keyKind }) => {
    const pair = await testKeyPair(keyKind);
    const jwe = await encryptCompact(PLAINTEXT, await publicKeyFor(pair, alg), { alg, enc });
    const result = await decryptJwe({ jwe, keyText: pair.pkcs8, encoding: 'utf8' });
    expect(result.code).toBe('decrypted');
    expect(result.decrypted!.text).toBe(PLAINTEXT);
    expect(result.decrypted!.header).toMatchObject({ alg, enc });
    expect(result.findings).toEqual([]);
  });
});

describe('round trip: shared keys and passwords', () => {
  it.each(symmetric)('$alg + $enc', async ({ alg, enc }) => {
    const family = KEY_MANAGEMENT[alg]!.family;
    const bytes = family === 'dir' ? testSecret(CONTENT_ENCRYPTION[enc]!.cekBytes) : testSecret(KEY_MANAGEMENT[alg]!.wrapBytes!);
    const key = family === 'pbes2' ? new TextEncoder().encode(PASSWORD) : bytes;
    const jwe = await encryptCompact(PLAINTEXT, key, { alg, enc }, family === 'pbes2' ? { p2c: 1000 } : {});
    const keyText = family === 'pbes2' ? PASSWORD : b64url(bytes);
    const result = await decryptJwe({ jwe, keyText, encoding: family === 'pbes2' ? 'utf8' : 'base64url' });
    expect(result.code).toBe('decrypted');
    expect(result.decrypted!.text).toBe(PLAINTEXT);
    expect(result.findings).toEqual([]);
  });

  it('covers every alg and enc in the tables', () => {
    const algs = new Set([...asymmetric, ...symmetric].map((c) => c.alg));
    expect([...algs].sort()).toEqual(Object.keys(KEY_MANAGEMENT).sort());
    // 4 RSA-OAEP and 4 ECDH-ES algorithms on 4 curves, 3 + 3 key wraps, dir and 3 PBES2, each with 6 encs.
    expect(asymmetric.length + symmetric.length).toBe((4 + 4 * 4 + 3 + 3 + 1 + 3) * 6);
  });
});
