import { DerError, derChildren, derElement, expectTag, readDerString, readDerWhole, readOid, readTime, sequenceOf, TAG, type DerNode } from './der';
import type { CertificateInfo } from './types';

/**
 * Reads from an X.509 certificate (RFC 5280 §4.1) what the verifier shows and uses:
 * the names, the validity period and the SubjectPublicKeyInfo. Nothing is validated
 * here: a pasted certificate is a way to carry a public key, not a trust decision.
 */

interface ParsedCertificate {
  info: CertificateInfo;
  /** The DER SubjectPublicKeyInfo, ready for an SPKI import. */
  spki: Uint8Array;
}

// RFC 4514 §3 short names, plus the attributes certificates commonly carry.
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** RFC 4514 §2.4: escape the characters that would change how the string is read back. */
function escapeValue(value: string): string {
  if (value.startsWith('#') && /^#[0-9a-f]+$/.test(value)) return value;
  let out = value.replace(/[\\"+,;<>]/g, (c) => `\\${c}`);
  if (out.startsWith('#') || out.startsWith(' ')) out = `\\${out}`;
  if (out.endsWith(' ') && out.length > 1) out = `${out.slice(0, -1)}\\ `;
  return out;
}

/** RFC 4514 §2.1: the RDNs last-to-first, joined by commas; several AVAs in one RDN by '+'. */
function formatName(name: DerNode): string {
  const rdns = derChildren(expectTag(name, TAG.SEQUENCE, 'a Name'));
  return rdns
    .reverse()
    .map((rdn) =>
      derChildren(expectTag(rdn, TAG.SET, 'a RelativeDistinguishedName'))
        .map((ava) => {
          const [type, value] = sequenceOf(ava, 2, 'an AttributeTypeAndValue');
          const oid = readOid(type!);
          return `${ATTRIBUTE_NAMES[oid] ?? oid}=${escapeValue(readDerString(value!))}`;
        })
        .join('+'),
    )
    .join(',');
}

/** Reads a DER certificate; throws a DerError when the structure is not one. */
export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const [tbs] = sequenceOf(readDerWhole(der), 3, 'Certificate');
  const fields = sequenceOf(tbs!, 6, 'TBSCertificate');
  // RFC 5280 §4.1: the version is an explicit [0] that v1 certificates leave out.
  const rest = fields[0]!.tag === 0xa0 ? fields.slice(1) : fields;
  const [, , issuer, validity, subject, spki] = rest;
  if (!spki) throw new DerError('malformed', 'the certificate ends before its SubjectPublicKeyInfo');
  const [notBefore, notAfter] = sequenceOf(validity!, 2, 'Validity');
  expectTag(spki, TAG.SEQUENCE, 'SubjectPublicKeyInfo');
  return {
    info: {
      subject: formatName(subject!),
      issuer: formatName(issuer!),
      notBefore: readTime(notBefore!),
      notAfter: readTime(notAfter!),
    },
    spki: derElement(spki),
  };
}
