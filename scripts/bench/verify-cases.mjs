// Keys and correctly signed tokens for the verification benchmarks, made with node:crypto
// (JWS compact serialisation, RFC 7515 §7.1), plus what the benchmark reads from the app's
// sources: the key-typing debounce and the last entry of the well-known-secret list.
import { p256PublicJwks } from '../p256-public-keys.mjs';
import { createHmac, generateKeyPairSync, generatePrimeSync, randomBytes, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oidcClaims } from './tokens.mjs';

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** header.payload.signature, with `signer(signingInput)` returning the signature bytes. */
function signedToken(header, payload, signer) {
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return `${signingInput}.${Buffer.from(signer(Buffer.from(signingInput, 'ascii'))).toString('base64url')}`;
}

const claims = (kind) => oidcClaims(`bench-verify-${kind}-${randomBytes(4).toString('hex')}`, Math.floor(Date.now() / 1000));

/** An HS256 token signed with `secret` (a string or bytes); each call has its own jti. */
export function hs256Token(secret, kind = 'hs256') {
  return signedToken({ alg: 'HS256', typ: 'JWT' }, claims(kind), (input) => createHmac('sha256', secret).update(input).digest());
}

const bigIntToBase64url = (n) => {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');
};

/**
 * `count` RSA public JWKs with 2048-bit moduli, for the keys of a JWK Set that do not
 * match. Only their public part is ever used, so each modulus is the product of two
 * 1024-bit primes from a small pool (11 primes give 55 moduli): about a tenth of the CPU
 * time of generating that many key pairs, and verifying with them costs the same.
 */
function decoyRsaJwks(count) {
  const primes = [];
  const moduli = [];
  while (moduli.length < count) {
    const prime = generatePrimeSync(1024, { bigint: true });
    for (const other of primes) {
      const n = prime * other;
      if (n.toString(2).length === 2048 && moduli.length < count) moduli.push(n);
    }
    primes.push(prime);
  }
  return moduli.map((n) => ({ kty: 'RSA', n: bigIntToBase64url(n), e: 'AQAB' }));
}

const pretty = (value) => JSON.stringify(value, null, 2);

/**
 * One case per key kind. `keyForms` are two texts of the same key (the second with a
 * trailing line break, which every form here ignores), alternated between runs so that
 * every run parses and verifies anew. `encoding` is the secret encoding to choose first.
 */
export function verificationCases({ jwksSize = 50, attemptLimit = jwksSize } = {}) {
  const cases = [];
  const withForms = (text) => [text, `${text}\n`];

  // HS256: 32 random bytes, pasted as hex, where whitespace is not part of the secret
  // (as UTF-8 text a trailing line break would be, and the token would not verify).
  const secret = randomBytes(32);
  cases.push({
    id: 'hs256',
    label: 'HS256, 32-byte secret (hex)',
    token: hs256Token(secret),
    keyForms: withForms(secret.toString('hex')),
    encoding: 'hex',
  });

  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  cases.push({
    id: 'rs256',
    label: 'RS256, PEM SPKI (RSA 2048)',
    token: signedToken({ alg: 'RS256', typ: 'JWT' }, claims('rs256'), (input) => sign('sha256', input, rsa.privateKey)),
    keyForms: withForms(rsa.publicKey.export({ type: 'spki', format: 'pem' }).trimEnd()),
  });

  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  cases.push({
    id: 'es256',
    label: 'ES256, JWK (P-256)',
    // RFC 7518 §3.4: R || S, 32 bytes each, not DER.
    token: signedToken({ alg: 'ES256', typ: 'JWT' }, claims('es256'), (input) => sign('sha256', input, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' })),
    keyForms: withForms(pretty(ec.publicKey.export({ format: 'jwk' }))),
  });

  const ed = generateKeyPairSync('ed25519');
  cases.push({
    id: 'eddsa',
    label: 'EdDSA, Ed25519 JWK',
    token: signedToken({ alg: 'EdDSA', typ: 'JWT' }, claims('eddsa'), (input) => sign(null, input, ed.privateKey)),
    keyForms: withForms(pretty(ed.publicKey.export({ format: 'jwk' }))),
  });

  // A JWK Set whose signing key is the last one the app tries: without a kid in the token
  // the keys are tried in order, at most attemptLimit of them; with one, the kid picks the
  // key at once.
  const signerPosition = Math.min(jwksSize, attemptLimit);
  const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const decoys = decoyRsaJwks(jwksSize - 1);
  const ordered = [...decoys.slice(0, signerPosition - 1), signer.publicKey.export({ format: 'jwk' }), ...decoys.slice(signerPosition - 1)];
  const keys = ordered.map((jwk, i) => ({
    kid: `bench-key-${i + 1}`,
    use: 'sig',
    alg: 'RS256',
    ...jwk,
  }));
  const jwksForms = withForms(pretty({ keys }));
  const signerKid = keys[signerPosition - 1].kid;
  const signWithSigner = (input) => sign('sha256', input, signer.privateKey);
  cases.push({
    id: 'jwksNoKid',
    label: `RS256, ${jwksSize}-key JWKS, no kid (key ${signerPosition} of ${jwksSize} verifies, the last tried)`,
    token: signedToken({ alg: 'RS256', typ: 'JWT' }, claims('jwks'), signWithSigner),
    keyForms: jwksForms,
  });
  cases.push({
    id: 'jwksKid',
    label: `RS256, ${jwksSize}-key JWKS, kid of key ${signerPosition}`,
    token: signedToken({ alg: 'RS256', typ: 'JWT', kid: signerKid }, claims('jwks-kid'), signWithSigner),
    keyForms: jwksForms,
  });
  return cases;
}

/**
 * A JWK Set of `count` P-256 public keys (kids k1…kN) pasted whole into the key field, and
 * an ES256 token whose kid names the last of them: the cost of reading a set that large
 * when the kid picks the key. Compact JSON, as a JWKS endpoint serves it.
 */
export function largeJwksCase(count = 10_000) {
  const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicJwks = [...p256PublicJwks(count - 1), signer.publicKey.export({ format: 'jwk' })];
  const keys = publicJwks.map((jwk, i) => ({ kid: `k${i + 1}`, use: 'sig', alg: 'ES256', ...jwk }));
  const text = JSON.stringify({ keys });
  return {
    id: 'jwksLargeKid',
    label: `ES256, ${count.toLocaleString('en-US')}-key JWKS pasted, kid of the last key`,
    // RFC 7518 §3.4: R || S, 32 bytes each, not DER.
    token: signedToken({ alg: 'ES256', typ: 'JWT', kid: `k${count}` }, claims('jwks-large'), (input) =>
      sign('sha256', input, { key: signer.privateKey, dsaEncoding: 'ieee-p1363' }),
    ),
    keyForms: [text, `${text}\n`],
  };
}

/** MAX_JWKS_ATTEMPTS from the app's source: how many keys of a set are tried for a token without kid. */
export function readJwksAttemptLimit(root) {
  const file = join(root, 'src', 'lib', 'verify', 'verify-jwks.ts');
  const match = /MAX_JWKS_ATTEMPTS\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`MAX_JWKS_ATTEMPTS not found in ${file}: the benchmark needs the key-attempt limit`);
  return Number(match[1]);
}

/** KEY_TYPING_DELAY_MS from the app's source: how long key typing is debounced. */
export function readKeyDebounceMs(root) {
  const file = join(root, 'src', 'features', 'verify', 'use-verification.ts');
  const match = /KEY_TYPING_DELAY_MS\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`KEY_TYPING_DELAY_MS not found in ${file}: the benchmark needs the key debounce`);
  return Number(match[1]);
}

/** The string literals of `const NAME = [ ... ]` in TypeScript source, in order. */
function stringArray(source, name) {
  const body = new RegExp(`const\\s+${name}\\s*=\\s*\\[([\\s\\S]*?)\\]\\s*as\\s+const`).exec(source)?.[1];
  if (body === undefined) throw new Error(`array ${name} not found`);
  const withoutComments = body.replace(/^\s*\/\/.*$/gm, '');
  return [...withoutComments.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)].map((m) => (m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
}

/**
 * WELL_KNOWN_SECRETS as src/lib/verify/well-known-secrets.ts builds it (its arrays
 * concatenated, duplicates dropped in a Set, so in the order of first appearance), and
 * its last entry: a token signed with that one is only matched after the whole list.
 */
export function wellKnownSecrets(root) {
  const file = join(root, 'src', 'lib', 'verify', 'well-known-secrets.ts');
  const source = readFileSync(file, 'utf8');
  const spread = /WELL_KNOWN_SECRETS\b[^=]*=\s*\[\s*\.\.\.new Set(?:<[^>]*>)?\(\s*\[([^\]]*)\]/.exec(source)?.[1];
  if (spread === undefined) throw new Error(`cannot read how WELL_KNOWN_SECRETS is built in ${file}`);
  const names = [...spread.matchAll(/\.\.\.\s*([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
  const list = [...new Set(names.flatMap((name) => stringArray(source, name)))];
  if (list.length === 0) throw new Error(`no secrets read from ${file}`);
  return { count: list.length, last: list.at(-1) };
}
