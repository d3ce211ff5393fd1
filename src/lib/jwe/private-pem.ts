import { DerError, readDer, readOid, sequenceOf, TAG } from '../verify/der';
import { derOid, derSequence, derTlv, derToPem, OID } from '../verify/der-write';
import { readSec1 } from '../verify/key-info';
import { readPemBlocks, type PemBlock } from '../verify/pem';
import { parsePemKey } from '../verify/pem-key';
import { asymmetricName, keyError, type AsymmetricType, type EcCurve, type KeyRead } from './key-types';

/**
 * Reads a PEM private key for decrypting: PKCS#8 (RFC 5208, with X25519 of RFC 8410),
 * PKCS#1 "RSA PRIVATE KEY" and SEC1 "EC PRIVATE KEY", rewrapped as the PKCS#8 jose
 * imports. A public key or certificate is recognised as such, to say why it cannot decrypt.
 */

const CURVES: Readonly<Record<string, EcCurve>> = { [OID.p256]: 'P-256', [OID.p384]: 'P-384', [OID.p521]: 'P-521' };
const PUBLIC_LABELS = ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'X509 CERTIFICATE'];
const PKCS8_OIDS: Readonly<Record<string, AsymmetricType>> = { [OID.x25519]: 'X25519', [OID.ed25519]: 'Ed25519' };

function privateKey(type: AsymmetricType, der: Uint8Array, what: string, shape: { crv?: EcCurve; bits?: number } = {}): KeyRead {
  const description = `${asymmetricName(type, shape.crv, shape.bits)} private key (${what})`;
  return { ok: true, key: { kind: 'private', type, ...shape, material: { format: 'pkcs8', pem: derToPem(der, 'PRIVATE KEY') }, description, meta: {} } };
}

/** RFC 5915 §3 ECPrivateKey inside an RFC 5208 §5 PrivateKeyInfo, with the curve in its AlgorithmIdentifier (RFC 5480 §2.1.1). */
function fromSec1(block: PemBlock): KeyRead {
  const { curveOid } = readSec1(block.der);
  const crv = curveOid === undefined ? undefined : CURVES[curveOid];
  if (!crv) {
    return keyError('unsupported-crv', `The SEC1 "EC PRIVATE KEY" ${curveOid === undefined ? 'does not name its curve' : `is on curve ${curveOid}`}; ECDH-ES works on P-256, P-384 and P-521. Convert it with openssl pkcs8 -topk8 -nocrypt -in key.pem.`);
  }
  const algorithm = derSequence(derOid(OID.ecPublicKey), derOid(curveOid!));
  const pkcs8 = derSequence(Uint8Array.of(TAG.INTEGER, 1, 0), algorithm, derTlv(TAG.OCTET_STRING, block.der));
  return privateKey('EC', pkcs8, 'SEC1 "BEGIN EC PRIVATE KEY"', { crv });
}

/** A PKCS#8 or PKCS#1 RSA or EC key, as the verifier's reader measures and rewraps it. */
function fromVerifierReader(text: string, what: string): KeyRead {
  const parsed = parsePemKey(text);
  if (parsed.kind === 'invalid') return { ok: false, error: parsed.error };
  if (parsed.kind !== 'pem' || (parsed.shape.kty !== 'RSA' && parsed.shape.kty !== 'EC')) return keyError('unsupported-key-algorithm', 'The key is not one JWE decrypts with.');
  const type = parsed.shape.kty;
  const shape = type === 'RSA' ? (parsed.shape.bits === undefined ? {} : { bits: parsed.shape.bits }) : { crv: parsed.shape.crv as EcCurve };
  const description = `${asymmetricName(type, shape.crv, shape.bits)} private key (${what})`;
  return { ok: true, key: { kind: 'private', type, ...shape, material: { format: 'pkcs8', pem: parsed.pem }, description, meta: {} } };
}

/** RFC 5208 §5: the AlgorithmIdentifier names the key's kind; X25519 and Ed25519 (RFC 8410 §3) are read here. */
function fromPkcs8(text: string, block: PemBlock): KeyRead {
  const [, algorithm] = sequenceOf(readDer(block.der), 3, 'PrivateKeyInfo');
  const oid = readOid(sequenceOf(algorithm!, 1, 'AlgorithmIdentifier')[0]!);
  const own = PKCS8_OIDS[oid];
  if (own) return privateKey(own, block.der, 'PKCS#8');
  if (oid === OID.x448 || oid === OID.ed448) return keyError('unsupported-crv', `The key is an ${oid === OID.x448 ? 'X448' : 'Ed448'} key, which neither Web Crypto in browsers nor jose offers.`);
  return fromVerifierReader(text, 'PKCS#8');
}

function publicKey(text: string, label: string): KeyRead {
  const parsed = parsePemKey(text);
  const description = parsed.kind === 'pem' ? parsed.description : `public key (PEM "BEGIN ${label}")`;
  return { ok: true, key: { kind: 'public', description, meta: {} } };
}

function build(text: string, block: PemBlock): KeyRead {
  if (PUBLIC_LABELS.includes(block.label)) return publicKey(text, block.label);
  switch (block.label) {
    case 'PRIVATE KEY':
      return fromPkcs8(text, block);
    case 'RSA PRIVATE KEY':
      return fromVerifierReader(text, 'PKCS#1 "BEGIN RSA PRIVATE KEY"');
    case 'EC PRIVATE KEY':
      return fromSec1(block);
    case 'ENCRYPTED PRIVATE KEY':
      return keyError('pem-encrypted', 'The private key is encrypted with a passphrase. Decrypt it first (openssl pkcs8 -in key.pem -out plain.pem asks for the passphrase), then paste the plain key; it stays in this page.');
    case 'OPENSSH PRIVATE KEY':
      return keyError('ssh-key-format', 'This is an OpenSSH private key. Convert it to PKCS#8 first: ssh-keygen -p -m PKCS8 -f key rewrites the file in place.');
  }
  return keyError('pem-unsupported-label', `"BEGIN ${block.label}" is not a private key: paste the recipient's PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY block, or a private JWK.`);
}

export function readPemForDecrypt(text: string): KeyRead {
  const read = readPemBlocks(text);
  if (!read.ok) {
    // An RFC 1421 "Proc-Type: 4,ENCRYPTED" key: say how to decrypt it, not how to get its public part.
    if (read.error.code === 'pem-encrypted') return build(text, { label: 'ENCRYPTED PRIVATE KEY', der: new Uint8Array(), line: 1 });
    return { ok: false, error: read.error };
  }
  const block = read.blocks.find((b) => b.label !== 'EC PARAMETERS');
  if (!block) return keyError('pem-missing-end', 'The text has a BEGIN line but no complete "-----BEGIN …-----" … "-----END …-----" block.');
  try {
    return build(text, block);
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    return error.code === 'truncated'
      ? keyError('pem-truncated', `The ${block.label} is cut short (${error.message}): copy it again, from its BEGIN line to its END line.`)
      : keyError('der-invalid', `The ${block.label} decodes, but its contents are not a valid ${block.label} structure (${error.message}).`);
  }
}
