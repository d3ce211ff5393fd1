import type { Severity } from '../jwt/finding-types';
import type { JwkKey, KeyWeaknessCode, ParsedKey } from './types';

/**
 * The weaknesses of keys that still verify: the signature checks out, but anyone may have
 * made it, so the key must be replaced. Each weakness is found when the key is read.
 */

export interface KeyWeaknessInfo {
  severity: Severity;
  title: string;
  /** What it means and what to do, in one or two sentences. */
  message: string;
  source: string;
  sourceUrl: string;
}

export const KEY_WEAKNESSES: Readonly<Record<KeyWeaknessCode, KeyWeaknessInfo>> = {
  roca: {
    severity: 'high',
    title: 'RSA key with the ROCA fingerprint (CVE-2017-15361)',
    message:
      'The modulus has the fingerprint of keys made by Infineon’s RSA library (ROCA, CVE-2017-15361): its private key can be computed from the public key alone ' +
      '(Nemec et al., "The Return of Coppersmith’s Attack"), so a signature it verifies may have been made by anyone who did. ' +
      'Regenerate the key outside the affected chip or library (or update its firmware first), and revoke this one.',
    source: 'CVE-2017-15361; Nemec et al., ACM CCS 2017',
    sourceUrl: 'https://crocs.fi.muni.cz/public/papers/rsa_ccs17',
  },
};

export interface WeakKey {
  code: KeyWeaknessCode;
  /** Which key of a JWK Set, "Key 2 (kid "a")"; absent for a lone key. */
  label?: string;
}

function entryLabel(index: number, kid: string | undefined): string {
  return `Key ${index}${kid !== undefined ? ` (kid ${JSON.stringify(kid)})` : ''}`;
}

function ofJwk(key: JwkKey, label?: string): WeakKey[] {
  return (key.weaknesses ?? []).map((code) => (label === undefined ? { code } : { code, label }));
}

/** Every weakness of the pasted key, or of each key of a JWK Set. */
export function weakKeys(parsed: ParsedKey): WeakKey[] {
  switch (parsed.kind) {
    case 'pem':
      return (parsed.weaknesses ?? []).map((code) => ({ code }));
    case 'jwk':
      return ofJwk(parsed.key);
    case 'jwks':
      return parsed.entries.flatMap((entry) => (entry.ok ? ofJwk(entry.key, entryLabel(entry.index, entry.kid)) : []));
    default:
      return [];
  }
}
