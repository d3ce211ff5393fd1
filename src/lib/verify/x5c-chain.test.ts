import { decodeProtectedHeader } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../core/json';
import { ecKeys, makeCa, makeCertificate, makeChain, pemOf, signedWithChain, x5cOf, type TestChain } from './test-chain';
import { MAX_CHAIN_CERTIFICATES, readChain } from './x5c-chain';
import { linkAnchor } from './x5c-anchor';
import { judgeChain } from './x5c-verdict';
import { KeyUsageFlags } from './x509';

const VALIDITY = { notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') };
const NOW = new Date('2026-06-01T12:00:00Z');

let chain: TestChain;
beforeAll(async () => {
  chain = await makeChain(VALIDITY);
});

async function check(token: string, anchor = '', now = NOW) {
  const facts = await readChain(decodeProtectedHeader(token) as JsonObject, token);
  return { facts, verdict: judgeChain(facts, await linkAnchor(facts, anchor), now) };
}

const codes = (verdict: { problems: { code: string; index: number }[] }) => verdict.problems.map(({ code, index }) => ({ code, index }));

describe('an intact chain', () => {
  it('is trusted against the root that issued its last certificate, and shows every certificate', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
    const { facts, verdict } = await check(token, pemOf(chain.root));
    expect(verdict).toMatchObject({ status: 'trusted', code: 'trusted', problems: [] });
    expect(facts.entries.map((entry) => entry.certificate?.subject)).toEqual(['CN=token-signer.example, O=Token Lens Tests', 'CN=Test Intermediate CA']);
    const leaf = facts.entries[0]!.certificate!;
    expect(leaf).toMatchObject({ index: 0, issuer: 'CN=Test Intermediate CA', serialNumber: chain.leaf.serialNumber, key: 'EC P-256 (256-bit)', signatureAlgorithm: 'ECDSA with SHA-256', selfIssued: false });
    expect(leaf.notAfter.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', chain.leaf.rawData)).toString('hex').toUpperCase();
    expect(leaf.sha256.replaceAll(':', '')).toBe(digest);
    expect(leaf.sha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('with no anchor is "none", and says the embedded chain alone proves nothing', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
    const { verdict } = await check(token);
    expect(verdict).toMatchObject({ status: 'none', code: 'no-anchor', problems: [] });
    expect(verdict.message).toMatch(/proves nothing/);
  });

  it('is trusted when the anchor is one of its own certificates (same name and key)', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate, chain.root));
    const facts = await readChain(decodeProtectedHeader(token) as JsonObject, token);
    expect(await linkAnchor(facts, pemOf(chain.root))).toMatchObject({ kind: 'in-chain', index: 2 });
    expect(await linkAnchor(facts, pemOf(chain.intermediate))).toMatchObject({ kind: 'in-chain', index: 1 });
    expect(judgeChain(facts, await linkAnchor(facts, pemOf(chain.root)), NOW)).toMatchObject({ status: 'trusted', code: 'trusted' });
  });

  it('is trusted when one of several pasted anchors issued it, and reads an anchor given as bare base64', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
    const other = await makeCa('CN=Some Other Root', VALIDITY);
    expect((await check(token, `${pemOf(other.certificate)}\n${pemOf(chain.root)}`)).verdict).toMatchObject({ status: 'trusted' });
    expect((await check(token, chain.root.toString('base64'))).verdict).toMatchObject({ status: 'trusted' });
  });

  it('accepts x5t and x5t#S256 that are the leaf’s thumbprints (RFC 7515 §4.1.7, §4.1.8)', async () => {
    const der = chain.leaf.rawData;
    const x5t = Buffer.from(await crypto.subtle.digest('SHA-1', der)).toString('base64url');
    const x5tS256 = Buffer.from(await crypto.subtle.digest('SHA-256', der)).toString('base64url');
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate), {}, { x5t, 'x5t#S256': x5tS256 });
    expect((await check(token, pemOf(chain.root))).verdict).toMatchObject({ status: 'trusted', problems: [] });
  });
});

describe('an intact chain that does not reach the anchor', () => {
  it('is untrusted against an unrelated root', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
    const unrelated = await makeCa('CN=Unrelated Root', VALIDITY);
    expect((await check(token, pemOf(unrelated.certificate))).verdict).toMatchObject({ status: 'untrusted', code: 'anchor-not-reached', problems: [] });
  });

  it('is untrusted against a root of the same name with another key', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
    const impostor = await makeCa('CN=Test Root CA', VALIDITY);
    expect((await check(token, pemOf(impostor.certificate))).verdict).toMatchObject({ status: 'untrusted', code: 'anchor-signature-mismatch' });
  });
});

describe('a broken chain', () => {
  it('with an expired leaf is broken at certificate 0, and fine at an earlier "now"', async () => {
    const leafKeys = await ecKeys();
    const expired = await makeCertificate({
      subject: 'CN=expired',
      keys: leafKeys,
      issuer: { subject: 'CN=Test Intermediate CA', keys: chain.intermediateKeys },
      notBefore: VALIDITY.notBefore,
      notAfter: new Date('2025-01-01T00:00:00Z'),
    });
    const token = await signedWithChain(leafKeys.privateKey, x5cOf(expired, chain.intermediate));
    const { verdict } = await check(token, pemOf(chain.root));
    expect(verdict).toMatchObject({ status: 'broken', code: 'expired' });
    expect(codes(verdict)).toEqual([{ code: 'expired', index: 0 }]);
    expect((await check(token, pemOf(chain.root), new Date('2024-06-01T00:00:00Z'))).verdict).toMatchObject({ status: 'trusted' });
    // RFC 5280 §4.1.2.5: notAfter itself is still within the validity.
    expect((await check(token, pemOf(chain.root), new Date('2025-01-01T00:00:00Z'))).verdict).toMatchObject({ status: 'trusted' });
  });

  it('with a certificate not valid yet is broken at that certificate', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
    const { verdict } = await check(token, pemOf(chain.root), new Date('2023-12-31T23:59:59Z'));
    expect(codes(verdict)).toEqual([
      { code: 'not-yet-valid', index: 0 },
      { code: 'not-yet-valid', index: 1 },
    ]);
  });

  it('whose intermediate is not a CA is broken at the intermediate (RFC 5280 §6.1.4 (k), (n))', async () => {
    const root = { subject: 'CN=Test Root CA', keys: chain.rootKeys };
    for (const [options, code] of [
      [{}, 'not-ca'],
      [{ ca: false }, 'not-ca'],
      [{ ca: true, keyUsage: KeyUsageFlags.digitalSignature }, 'no-key-cert-sign'],
    ] as const) {
      const keys = await ecKeys();
      const intermediate = await makeCertificate({ subject: 'CN=Test Intermediate CA', keys, issuer: root, ...VALIDITY, ...options });
      const leaf = await makeCertificate({ subject: 'CN=leaf', keys: chain.leafKeys, issuer: { subject: 'CN=Test Intermediate CA', keys }, ...VALIDITY });
      const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(leaf, intermediate));
      const { verdict } = await check(token, pemOf(chain.root));
      expect(verdict.status).toBe('broken');
      expect(codes(verdict)).toEqual([{ code, index: 1 }]);
    }
  });

  it('whose intermediate was swapped for another of the same name is broken at the certificate it signed', async () => {
    const swapped = await makeCa('CN=Test Intermediate CA', VALIDITY, { subject: 'CN=Test Root CA', keys: chain.rootKeys });
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, swapped.certificate));
    const { verdict } = await check(token, pemOf(chain.root));
    expect(verdict).toMatchObject({ status: 'broken', code: 'signature-invalid' });
    expect(codes(verdict)).toEqual([{ code: 'signature-invalid', index: 0 }]);
  });

  it('whose certificates are out of order is broken by name and by signature', async () => {
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.root));
    expect(codes((await check(token, pemOf(chain.root))).verdict)).toEqual([
      { code: 'issuer-mismatch', index: 0 },
      { code: 'signature-invalid', index: 0 },
    ]);
  });

  it('whose CA allows fewer intermediates below it is broken at that CA (RFC 5280 §6.1.4 (l))', async () => {
    const rootKeys = await ecKeys();
    const root = await makeCertificate({ subject: 'CN=Strict Root', keys: rootKeys, ...VALIDITY, ca: true, pathLength: 0 });
    const intermediate = await makeCa('CN=Under Strict', VALIDITY, { subject: 'CN=Strict Root', keys: rootKeys });
    const leaf = await makeCertificate({ subject: 'CN=leaf', keys: chain.leafKeys, issuer: { subject: 'CN=Under Strict', keys: intermediate.keys }, ...VALIDITY });
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(leaf, intermediate.certificate, root));
    expect(codes((await check(token, pemOf(root))).verdict)).toEqual([{ code: 'path-length-exceeded', index: 2 }]);
  });

  it('whose leaf key did not sign the token is broken at the leaf', async () => {
    const other = await ecKeys();
    const token = await signedWithChain(other.privateKey, x5cOf(chain.leaf, chain.intermediate));
    const { verdict } = await check(token, pemOf(chain.root));
    expect(verdict).toMatchObject({ status: 'broken', code: 'token-signature-invalid' });
    expect(codes(verdict)).toEqual([{ code: 'token-signature-invalid', index: 0 }]);
  });

  it('whose x5t or x5t#S256 is not the leaf’s thumbprint is broken at the leaf', async () => {
    const x5c = x5cOf(chain.leaf, chain.intermediate);
    const wrong = Buffer.from(await crypto.subtle.digest('SHA-1', chain.intermediate.rawData)).toString('base64url');
    const sha1 = await signedWithChain(chain.leafKeys.privateKey, x5c, {}, { x5t: wrong });
    expect(codes((await check(sha1, pemOf(chain.root))).verdict)).toEqual([{ code: 'x5t-mismatch', index: 0 }]);
    const sha256 = await signedWithChain(chain.leafKeys.privateKey, x5c, {}, { 'x5t#S256': 42 });
    expect(codes((await check(sha256, pemOf(chain.root))).verdict)).toEqual([{ code: 'x5t-s256-mismatch', index: 0 }]);
  });

  it('is broken before anything is trusted, whatever the anchor', async () => {
    const swapped = await makeCa('CN=Test Intermediate CA', VALIDITY, { subject: 'CN=Test Root CA', keys: chain.rootKeys });
    const token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, swapped.certificate));
    expect((await check(token)).verdict.status).toBe('broken');
    expect((await check(token, 'not a certificate')).verdict.status).toBe('broken');
  });
});

describe('an x5c header that cannot be read', () => {
  const header = (x5c: unknown): JsonObject => ({ alg: 'ES256', x5c }) as JsonObject;

  it('names the entry that is not base64 DER (RFC 7515 §4.1.6)', async () => {
    const good = x5cOf(chain.leaf)[0]!;
    const facts = await readChain(header([good, good.replaceAll('+', '-').replaceAll('/', '_'), 'AAAA', 7]), 'x.y.z');
    const problems = facts.problems.filter((problem) => problem.index > 0).map(({ code, index }) => ({ code, index }));
    expect(problems).toEqual([
      { code: 'x5c-entry-not-base64', index: 1 },
      { code: 'certificate-malformed', index: 2 },
      { code: 'x5c-entry-not-base64', index: 3 },
    ]);
    expect(facts.entries.map((entry) => entry.certificate !== null)).toEqual([true, false, false, false]);
  });

  it('is broken when x5c is not a non-empty array', async () => {
    for (const x5c of ['MIIB', [], { 0: 'MIIB' }]) {
      const facts = await readChain(header(x5c), 'x.y.z');
      expect(judgeChain(facts, { kind: 'none' }, NOW)).toMatchObject({ status: 'broken', code: 'x5c-not-array' });
    }
  });

  it(`reads at most ${MAX_CHAIN_CERTIFICATES} certificates`, async () => {
    const x5c = Array.from({ length: MAX_CHAIN_CERTIFICATES + 1 }, () => x5cOf(chain.intermediate)[0]);
    const facts = await readChain(header(x5c), 'x.y.z');
    expect(facts.entries).toHaveLength(MAX_CHAIN_CERTIFICATES);
    expect(facts.problems.map((problem) => problem.code)).toContain('chain-too-long');
  });
});
