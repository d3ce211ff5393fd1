import type { Result } from '../core/result';
import { decodeBareBase64, looksLikePem, readPemBlocks } from './pem';
import type { AnchorCertificate, AnchorError, AnchorLink, ChainFacts } from './x5c-chain-types';
import { sameNameAndKey, sha256Fingerprint, signedBy } from './x5c-certificate';
import { arrayBufferBytes, X509Certificate } from './x509';

/**
 * The trust anchors the user pastes (one or more PEM certificates), and where the chain meets
 * them. The embedded chain proves nothing alone: trust comes only from a certificate the user
 * already trusts (RFC 8725 §3.10; RFC 5280 §6.1.1 (d)).
 */

type AnchorRead = { kind: 'none' } | { kind: 'invalid'; error: AnchorError } | { kind: 'read'; certificates: X509Certificate[] };

const CERTIFICATE_LABELS = ['CERTIFICATE', 'X509 CERTIFICATE'];

function invalid(code: AnchorError['code'], message: string): AnchorRead {
  return { kind: 'invalid', error: { code, message } };
}

function readDer(der: Uint8Array, where: string): Result<X509Certificate, AnchorError> {
  try {
    return { ok: true, value: new X509Certificate(arrayBufferBytes(der)) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'anchor-malformed', message: `${where} is not a valid X.509 certificate (${why}).` } };
  }
}

/** Why text that holds no PEM is not a trust anchor, in the words that fit what it looks like. */
function notPem(text: string): AnchorRead {
  const start = text.trimStart();
  if (start.startsWith('{')) {
    return invalid('anchor-not-pem', 'This looks like JSON (a JWK?). A trust anchor is a certificate in PEM: the block from its BEGIN CERTIFICATE line to its END CERTIFICATE line.');
  }
  if (/^eyJ[A-Za-z0-9_-]*\./.test(start)) {
    return invalid('anchor-not-pem', 'This looks like a token. A trust anchor is the root certificate you trust, in PEM: the block from its BEGIN CERTIFICATE line to its END CERTIFICATE line.');
  }
  return invalid('anchor-not-pem', 'This is not a certificate. Paste the root certificate you trust in PEM: the block from its BEGIN CERTIFICATE line to its END CERTIFICATE line.');
}

export function readAnchors(text: string): AnchorRead {
  if (text.trim() === '') return { kind: 'none' };
  if (!looksLikePem(text)) {
    const der = decodeBareBase64(text);
    if (!der) return notPem(text);
    const read = readDer(der, 'The base64 you pasted');
    return read.ok ? { kind: 'read', certificates: [read.value] } : { kind: 'invalid', error: read.error };
  }
  const pem = readPemBlocks(text);
  if (!pem.ok) return invalid(pem.error.code, `The trust anchor's PEM cannot be read: ${pem.error.message}`);
  if (pem.blocks.length === 0) return notPem(text);
  const certificates: X509Certificate[] = [];
  for (const block of pem.blocks) {
    if (block.label.includes('PRIVATE KEY')) {
      return invalid(
        'anchor-private-key',
        `The block on line ${block.line} is a private key. A trust anchor is a certificate, which holds only public data: paste the CA's certificate, and keep private keys out of any page that does not need them.`,
      );
    }
    if (!CERTIFICATE_LABELS.includes(block.label)) {
      const what = block.label.includes('PUBLIC KEY') ? 'a public key, not a certificate' : `"${block.label}", not a certificate`;
      return invalid(
        'anchor-not-certificate',
        `The block on line ${block.line} is ${what}. A trust anchor is the CA's certificate (a BEGIN CERTIFICATE block): the chain is checked against its name and key.`,
      );
    }
    const read = readDer(block.der, `The certificate on line ${block.line}`);
    if (!read.ok) return { kind: 'invalid', error: read.error };
    certificates.push(read.value);
  }
  return { kind: 'read', certificates };
}

async function summarise(certificate: X509Certificate): Promise<AnchorCertificate> {
  return {
    subject: certificate.subject,
    sha256: await sha256Fingerprint(new Uint8Array(certificate.rawData)),
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
  };
}

/** Where the chain meets the pasted anchors: one of its certificates is one, or the last is issued by one. */
export async function linkAnchor(facts: ChainFacts, anchorText: string): Promise<AnchorLink> {
  const read = readAnchors(anchorText);
  if (read.kind !== 'read') return read;
  const anchors = await Promise.all(read.certificates.map(summarise));
  const chain = facts.entries.map((entry) => (entry.certificate ? new X509Certificate(entry.certificate.der) : null));
  const index = chain.findIndex((certificate) => certificate !== null && read.certificates.some((anchor) => sameNameAndKey(certificate, anchor)));
  if (index >= 0) return { kind: 'in-chain', index, anchors };
  const last = chain[chain.length - 1];
  // RFC 5280 §6.1.3 (a)(4): the issuer is found by name, then its key must verify the signature.
  const named = last ? read.certificates.filter((anchor) => anchor.subject === last.issuer) : [];
  for (const anchor of named) {
    if (last && (await signedBy(last, anchor)).ok) return { kind: 'issued-last', anchors };
  }
  return { kind: 'not-reached', code: named.length > 0 ? 'anchor-signature-mismatch' : 'anchor-not-reached', anchors };
}
