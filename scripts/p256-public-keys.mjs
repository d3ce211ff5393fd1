// Many distinct P-256 public keys as JWKs, for the tests and the benchmark that paste a
// JWK Set of thousands of keys.
//
// Made with ECDH key pairs, not generateKeyPairSync: in Node 20, exporting thousands of
// KeyObjects as JWKs in a loop can deadlock for good (a garbage-collected key generation
// job locks the very key data the export holds locked). ECDH hands back the public point
// as bytes and goes through neither.
import { createECDH } from 'node:crypto';

/** `count` public JWKs of fresh P-256 keys (SEC 1 §2.3.3: an uncompressed point is 0x04 || x || y). */
export function p256PublicJwks(count) {
  return Array.from({ length: count }, () => {
    const ecdh = createECDH('prime256v1');
    const point = ecdh.generateKeys();
    return { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') };
  });
}
