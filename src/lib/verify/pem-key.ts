import { parseCertificate } from './certificate';
import { DerError, readDerWhole } from './der';
import { derToPem, pkcs8FromPkcs1, spkiFromEcPoint, spkiFromPkcs1 } from './der-write';
import { describeShape } from './key-algorithms';
import { readSec1, shapeFromPkcs8, shapeFromSpki, type ShapeResult } from './key-info';
import { readPemBlocks, type PemBlock } from './pem';
import { asRsaEncryptionPkcs8, asRsaEncryptionSpki } from './pss-key';
import type { KeyError, KeyWeaknessCode, ParsedKey, PemFormat } from './types';

/** Turns pasted PEM text into a key: public keys, certificates and (flagged) private keys. */

function invalid(code: KeyError['code'], message: string): ParsedKey {
  return { kind: 'invalid', error: { code, message } };
}

const PRIVATE_NOTE = 'only its public part is used; verifying never needs a private key';

// Labels of RFC 7468 §5–§11 and the older OpenSSL ones, with what to do about those not read here.
const UNREADABLE: Readonly<Record<string, { code: KeyError['code']; message: string }>> = {
  'ENCRYPTED PRIVATE KEY': {
    code: 'pem-encrypted',
    message: 'The private key is encrypted with a passphrase. Paste its public key instead (openssl pkey -in key.pem -pubout).',
  },
  'OPENSSH PRIVATE KEY': {
    code: 'ssh-key-format',
    message: 'This is an OpenSSH private key, not a PEM key. Paste the public key in PEM form instead (ssh-keygen -e -m PKCS8 -f key.pub).',
  },
  'SSH2 PUBLIC KEY': {
    code: 'ssh-key-format',
    message: 'This is an SSH2 (RFC 4716) public key. Convert it to PEM (ssh-keygen -i -m PKCS8 -f key.pub).',
  },
  'CERTIFICATE REQUEST': {
    code: 'pem-unsupported-label',
    message: 'This is a certificate signing request, not a key or certificate. Paste the issued certificate or the public key.',
  },
};

interface Built {
  format: PemFormat;
  der: Uint8Array;
  importAs: 'spki' | 'pkcs8';
  shape: ShapeResult;
  what: string;
}

function fromSec1(block: PemBlock): Built | ParsedKey {
  const { curveOid, publicPoint } = readSec1(block.der);
  if (!curveOid || !publicPoint) {
    return invalid(
      'sec1-without-public-key',
      'This SEC1 "EC PRIVATE KEY" does not carry its curve and public point. Convert it: openssl pkey -in key.pem -pubout gives the public key, which is all verifying needs.',
    );
  }
  const der = spkiFromEcPoint(curveOid, publicPoint);
  return { format: 'sec1', der, importAs: 'spki', shape: shapeFromSpki(der), what: `private key (SEC1 "BEGIN EC PRIVATE KEY"); ${PRIVATE_NOTE}` };
}

function build(block: PemBlock): Built | ParsedKey {
  switch (block.label) {
    case 'PUBLIC KEY':
      return { format: 'spki', der: asRsaEncryptionSpki(block.der), importAs: 'spki', shape: shapeFromSpki(block.der), what: 'public key (PEM, SPKI)' };
    case 'RSA PUBLIC KEY': {
      // PKCS#1 (RFC 8017 §A.1.1) is not importable as such: wrap it as an SPKI.
      const der = spkiFromPkcs1(block.der);
      return { format: 'pkcs1', der, importAs: 'spki', shape: shapeFromSpki(der), what: 'public key (PEM, PKCS#1 "BEGIN RSA PUBLIC KEY")' };
    }
    case 'PRIVATE KEY':
      return { format: 'pkcs8', der: asRsaEncryptionPkcs8(block.der), importAs: 'pkcs8', shape: shapeFromPkcs8(block.der), what: `private key (PKCS#8); ${PRIVATE_NOTE}` };
    case 'RSA PRIVATE KEY': {
      const der = pkcs8FromPkcs1(block.der);
      return { format: 'pkcs1-private', der, importAs: 'pkcs8', shape: shapeFromPkcs8(der), what: `private key (PKCS#1 "BEGIN RSA PRIVATE KEY"); ${PRIVATE_NOTE}` };
    }
    case 'EC PRIVATE KEY':
      return fromSec1(block);
  }
  const known = UNREADABLE[block.label.replace(/^NEW /, '')];
  if (known) return invalid(known.code, known.message);
  return invalid(
    'pem-unsupported-label',
    `"BEGIN ${block.label}" is not a key this verifier reads. Paste a PUBLIC KEY, RSA PUBLIC KEY, CERTIFICATE or PRIVATE KEY block, a JWK or a JWKS.`,
  );
}

/** The key's weaknesses as a member to spread in, or nothing when it has none. */
function weaknessesOf(shape: ShapeResult & { ok: true }): { weaknesses?: KeyWeaknessCode[] } {
  return shape.weaknesses ? { weaknesses: shape.weaknesses } : {};
}

function derFailure(error: DerError, label: string): ParsedKey {
  return error.code === 'truncated'
    ? invalid('pem-truncated', `The ${label} is cut short (${error.message}): copy it again, from its BEGIN line to its END line.`)
    : invalid('der-invalid', `The ${label} decodes, but its contents are not a valid ${label} structure (${error.message}).`);
}

function fromCertificates(certificates: PemBlock[]): ParsedKey {
  const first = certificates[0]!;
  const certificate = parseCertificate(first.der);
  const shape = shapeFromSpki(certificate.spki);
  if (!shape.ok) return { kind: 'invalid', error: shape.error };
  const chain = certificates.length > 1 ? ` (first of ${certificates.length} certificates)` : '';
  return {
    kind: 'pem',
    format: 'certificate',
    pem: derToPem(asRsaEncryptionSpki(certificate.spki), 'PUBLIC KEY'),
    importAs: 'spki',
    shape: shape.shape,
    ...weaknessesOf(shape),
    description: `${describeShape(shape.shape)} public key from the certificate for ${certificate.info.subject}${chain}`,
    privateKeyPasted: false,
    certificate: certificate.info,
    chainLength: certificates.length,
  };
}

/** Reads PEM text; the first key or certificate block is used (a chain's first is the leaf). */
export function parsePemKey(text: string): ParsedKey {
  const read = readPemBlocks(text);
  if (!read.ok) return { kind: 'invalid', error: read.error };
  // "EC PARAMETERS" precedes the key in `openssl ecparam -genkey` output; it carries no key.
  const blocks = read.blocks.filter((b) => b.label !== 'EC PARAMETERS');
  const first = blocks[0];
  if (!first) {
    return /BEGIN/.test(text)
      ? invalid('pem-missing-end', 'The text has a BEGIN line but no complete "-----BEGIN …-----" … "-----END …-----" block.')
      : invalid('pem-missing-begin', 'The text has an END line but no "-----BEGIN …-----" line before it: the start of the key was not copied.');
  }
  try {
    readDerWhole(first.der);
    if (first.label === 'CERTIFICATE' || first.label === 'X509 CERTIFICATE') {
      return fromCertificates(blocks.filter((b) => b.label === first.label));
    }
    const built = build(first);
    if ('kind' in built) return built;
    if (!built.shape.ok) return { kind: 'invalid', error: built.shape.error };
    const label = built.importAs === 'spki' ? 'PUBLIC KEY' : 'PRIVATE KEY';
    return {
      kind: 'pem',
      format: built.format,
      pem: derToPem(built.der, label),
      importAs: built.importAs,
      shape: built.shape.shape,
      ...weaknessesOf(built.shape),
      description: `${describeShape(built.shape.shape)} ${built.what}`,
      privateKeyPasted: built.importAs === 'pkcs8' || built.format === 'sec1',
    };
  } catch (error) {
    if (error instanceof DerError) return derFailure(error, first.label);
    throw error;
  }
}
