import type { JsonObject } from '../core/json';
import { base64ToBytes } from './pem';
import type { ChainEntry, ChainFacts, ChainProblem } from './x5c-chain-types';
import { describeCertificate, signedBy } from './x5c-certificate';
import { checkLeafSigner, checkThumbprints } from './x5c-leaf';
import { arrayBufferBytes, BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509Certificate } from './x509';

/**
 * Reads the chain a token carries in "x5c" (RFC 7515 §4.1.6) and checks what does not
 * depend on the time or on a trust anchor: each certificate signed by the next, the
 * issuers being CAs, the leaf's key verifying the token, and the x5t thumbprints.
 * The dates are judged later against the verifier's "now" (x5c-verdict.ts), the anchor
 * apart (x5c-anchor.ts), so that neither a ticking clock nor typing repeats this work.
 */

/** More certificates than any real chain holds: past this the header is not read further. */
export const MAX_CHAIN_CERTIFICATES = 16;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

interface Read {
  entries: ChainEntry[];
  certificates: (X509Certificate | null)[];
  problems: ChainProblem[];
}

function readEntry(index: number, value: unknown, problems: ChainProblem[]): X509Certificate | null {
  // RFC 7515 §4.1.6: each entry is base64 (not base64url) of the DER, with no line breaks.
  if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) {
    const why = typeof value !== 'string' ? 'is not a string' : /[-_]/.test(value) ? 'uses base64url characters (- or _)' : 'is not base64';
    problems.push({ code: 'x5c-entry-not-base64', index, message: `Entry ${index} of "x5c" ${why}; each must be the standard base64 of a DER certificate (RFC 7515 §4.1.6).` });
    return null;
  }
  try {
    return new X509Certificate(arrayBufferBytes(base64ToBytes(value)));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    problems.push({ code: 'certificate-malformed', index, message: `Entry ${index} of "x5c" is not an X.509 certificate (${why}).` });
    return null;
  }
}

async function readEntries(x5c: unknown): Promise<Read> {
  const problems: ChainProblem[] = [];
  if (!Array.isArray(x5c) || x5c.length === 0) {
    problems.push({ code: 'x5c-not-array', index: 0, message: '"x5c" must be a non-empty array of base64 DER certificates (RFC 7515 §4.1.6).' });
    return { entries: [], certificates: [], problems };
  }
  if (x5c.length > MAX_CHAIN_CERTIFICATES) {
    problems.push({
      code: 'chain-too-long',
      index: MAX_CHAIN_CERTIFICATES,
      message: `"x5c" holds ${x5c.length} certificates; only the first ${MAX_CHAIN_CERTIFICATES} are read, so the chain cannot be checked to its end.`,
    });
  }
  const certificates = x5c.slice(0, MAX_CHAIN_CERTIFICATES).map((value, index) => readEntry(index, value, problems));
  const entries = await Promise.all(
    certificates.map(async (certificate, index): Promise<ChainEntry> => (certificate ? { index, certificate: await describeCertificate(index, certificate) } : { index, certificate: null })),
  );
  return { entries, certificates, problems };
}

/** RFC 5280 §6.1.3 (a)(1) and (a)(4): the certificate at `index` names the next one as its issuer and carries its signature. */
async function checkLink(index: number, certificate: X509Certificate, issuer: X509Certificate): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  const next = index + 1;
  if (certificate.issuer !== issuer.subject) {
    problems.push({ code: 'issuer-mismatch', index, message: `Certificate ${index} names its issuer "${certificate.issuer}", but certificate ${next} is "${issuer.subject}" (RFC 5280 §6.1.3).` });
  }
  const signed = await signedBy(certificate, issuer);
  if (!signed.ok) {
    const message = signed.reason
      ? `Certificate ${index}'s signature could not be checked with certificate ${next}'s key (${signed.reason}).`
      : `Certificate ${index} is not signed by certificate ${next}'s key: the certificate that follows it is not the one that issued it (RFC 5280 §6.1.3).`;
    problems.push({ code: 'signature-invalid', index, message });
  }
  return problems;
}

/** RFC 5280 §6.1.4 (k), (l) and (n): a certificate that issues another must be a CA allowed to sign certificates. */
function checkIssuer(index: number, certificate: X509Certificate, intermediatesBelow: number): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const constraints = certificate.getExtension(BasicConstraintsExtension);
  if (!constraints?.ca) {
    const why = constraints ? 'its basicConstraints say cA is false' : 'it has no basicConstraints extension';
    problems.push({ code: 'not-ca', index, message: `Certificate ${index} issues certificate ${index - 1}, but it is not a CA: ${why} (RFC 5280 §6.1.4 (k)).` });
  } else if (constraints.pathLength !== undefined && intermediatesBelow > constraints.pathLength) {
    problems.push({
      code: 'path-length-exceeded',
      index,
      message: `Certificate ${index} allows at most ${constraints.pathLength} intermediate certificates below it (pathLenConstraint), and ${intermediatesBelow} follow (RFC 5280 §6.1.4 (l)).`,
    });
  }
  const usage = certificate.getExtension(KeyUsagesExtension);
  if (usage && (usage.usages & KeyUsageFlags.keyCertSign) === 0) {
    problems.push({ code: 'no-key-cert-sign', index, message: `Certificate ${index} issues certificate ${index - 1}, but its keyUsage lacks keyCertSign (RFC 5280 §6.1.4 (n)).` });
  }
  return problems;
}

export async function readChain(header: JsonObject, token: string): Promise<ChainFacts> {
  const { entries, certificates, problems } = await readEntries(header.x5c);
  const checks: Promise<ChainProblem[]>[] = [];
  let intermediatesBelow = 0;
  certificates.forEach((certificate, index) => {
    const issuer = certificates[index + 1];
    if (certificate && issuer) checks.push(checkLink(index, certificate, issuer));
    if (certificate && index > 0) {
      checks.push(Promise.resolve(checkIssuer(index, certificate, intermediatesBelow)));
      // RFC 5280 §6.1.4 (l): self-issued certificates do not count against a path length.
      if (certificate.subject !== certificate.issuer) intermediatesBelow++;
    }
  });
  const leaf = certificates[0];
  if (leaf) {
    checks.push(checkLeafSigner(leaf, token));
    checks.push(checkThumbprints(leaf, header));
  }
  const found = (await Promise.all(checks)).flat();
  // Sorted by certificate; the order of the checks on one certificate is kept.
  return { entries, problems: [...problems, ...found].sort((a, b) => a.index - b.index) };
}
