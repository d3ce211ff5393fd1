import type { JsonObject } from '../core/json';
import { MAX_PBES2_COUNT } from '../core/limits';
import { decodeMember } from './base64url-member';
import { epkProblem } from './epk-check';
import { bytesText, KEY_MANAGEMENT } from './jwe-algorithms';
import type { JweProblem } from './jwe-parse';

/** The header parameters each key management family needs (RFC 7518 §4.6.1, §4.7.1, §4.8.1), checked before any work. */

const refuse = (code: JweProblem['code'], message: string): JweProblem => ({ code, message });

/** RFC 7518 §4.8.1.1 "p2s" and §4.8.1.2 "p2c"; the count is capped so that a token cannot make the page hash for minutes. */
function pbes2Problem(header: JsonObject): JweProblem | null {
  const { p2c, p2s } = header;
  if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1) {
    return refuse('p2c-invalid', `"p2c" must be a positive whole number of PBKDF2 iterations (RFC 7518 §4.8.1.2), not ${p2c === undefined ? 'missing' : JSON.stringify(p2c)}.`);
  }
  if (p2c > MAX_PBES2_COUNT) {
    return refuse(
      'p2c-too-large',
      `The token asks for ${p2c.toLocaleString('en-US')} PBKDF2 iterations ("p2c"); this page runs at most ${MAX_PBES2_COUNT.toLocaleString('en-US')}. ` +
        'The sender picks the count and the recipient pays for it, so a count this high is refused rather than left to hold up the page.',
    );
  }
  if (typeof p2s !== 'string') return refuse('p2s-invalid', `"p2s", the PBES2 salt, must be a base64url string (RFC 7518 §4.8.1.1), not ${p2s === undefined ? 'missing' : JSON.stringify(p2s)}.`);
  const salt = decodeMember(p2s);
  if (!salt.ok) return refuse('p2s-invalid', `"p2s" is not base64url: it ${salt.problem}.`);
  if (salt.bytes.length < 8) return refuse('p2s-invalid', `"p2s" is ${bytesText(salt.bytes.length)}; RFC 7518 §4.8.1.1 requires a salt of 8 bytes or more.`);
  return null;
}

/** RFC 7518 §4.7.1.1, §4.7.1.2: the IV and tag of the key wrap itself, in the header. */
function gcmKwProblem(header: JsonObject): JweProblem | null {
  for (const [name, size, code, rule] of [
    ['iv', 12, 'iv-size', '§4.7.1.1'],
    ['tag', 16, 'tag-size', '§4.7.1.2'],
  ] as const) {
    const value = header[name];
    const decoded = typeof value === 'string' ? decodeMember(value) : undefined;
    if (!decoded?.ok) return refuse('header-invalid', `AES-GCM key wrapping needs the header parameter "${name}" as base64url (RFC 7518 ${rule}), and it is ${value === undefined ? 'missing' : 'not that'}.`);
    if (decoded.bytes.length !== size) return refuse(code, `The key wrap's "${name}" is ${bytesText(decoded.bytes.length)}; AES-GCM key wrapping uses ${bytesText(size)} (RFC 7518 ${rule}).`);
  }
  return null;
}

/** RFC 7518 §4.6.1.2, §4.6.1.3: "apu" and "apv" are base64url when present. */
function partyInfoProblem(header: JsonObject): JweProblem | null {
  for (const name of ['apu', 'apv'] as const) {
    const value = header[name];
    if (value === undefined) continue;
    const decoded = typeof value === 'string' ? decodeMember(value) : undefined;
    if (!decoded?.ok) return refuse('header-invalid', `"${name}" must be base64url (RFC 7518 §4.6.1.${name === 'apu' ? 2 : 3}).`);
  }
  return null;
}

/** What the header lacks for its algorithm's key management, or null. */
export function keyManagementProblem(alg: string, header: JsonObject): JweProblem | null {
  switch (KEY_MANAGEMENT[alg]?.family) {
    case 'pbes2':
      return pbes2Problem(header);
    case 'aes-gcm-kw':
      return gcmKwProblem(header);
    case 'ecdh':
      return epkProblem(header.epk) ?? partyInfoProblem(header);
    default:
      return null;
  }
}
