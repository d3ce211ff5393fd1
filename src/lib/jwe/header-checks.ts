import type { JsonObject } from '../core/json';
import { decodeMember } from './base64url-member';
import { bytesText, CONTENT_ENCRYPTION, KEY_MANAGEMENT } from './jwe-algorithms';
import type { JweProblem, JweRecipient, ParsedJwe } from './jwe-parse';
import { keyManagementProblem } from './key-management-checks';

/**
 * What makes a recipient's JWE impossible to open, found from the header and the parts'
 * sizes before any key is imported: each is refused with its own code, and no work is done.
 */

export const RSA1_5_MESSAGE =
  'alg "RSA1_5" (RSAES-PKCS1-v1_5) cannot be decrypted here: Web Crypto never offered RSAES-PKCS1-v1_5 encryption, because Bleichenbacher’s ' +
  'padding-oracle attack makes decrypting it unsafe, and jose, which decrypts in this page, has no RSA1_5 either. Ask the sender to encrypt with RSA-OAEP-256.';

// RFC 7516 §4.1 and RFC 7518 §4.6.1, §4.7.1, §4.8.1: names a "crit" list must not repeat.
const REGISTERED = ['alg', 'enc', 'zip', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c'];

const refuse = (code: JweProblem['code'], message: string): JweProblem => ({ code, message });

function algProblem(alg: unknown, enc: unknown): JweProblem | null {
  if (typeof alg !== 'string' || alg === '') return refuse('header-invalid', 'The header has no "alg", so there is no telling how the content key was encrypted (RFC 7516 §4.1.1).');
  if (alg === 'RSA1_5') return refuse('unsupported-alg', RSA1_5_MESSAGE);
  if (!KEY_MANAGEMENT[alg]) {
    return refuse('unsupported-alg', `alg ${JSON.stringify(alg)} is not a key management algorithm this page decrypts: it knows RSA-OAEP*, ECDH-ES*, A*KW, A*GCMKW, dir and PBES2-* (RFC 7518 §4.1).`);
  }
  if (typeof enc !== 'string' || enc === '') return refuse('header-invalid', 'The header has no "enc", so there is no telling how the content was encrypted (RFC 7516 §4.1.2).');
  if (!CONTENT_ENCRYPTION[enc]) {
    return refuse('unsupported-enc', `enc ${JSON.stringify(enc)} is not a content encryption algorithm this page decrypts: it knows A128GCM, A192GCM, A256GCM and A128CBC-HS256, A192CBC-HS384, A256CBC-HS512 (RFC 7518 §5.1).`);
  }
  return null;
}

/** RFC 7516 §4.1.13: "crit" is protected, lists extension names, and every one must be understood; none is here. */
function critProblem(header: JsonObject, protectedHeader: JsonObject | undefined): JweProblem | null {
  const crit = header.crit;
  if (crit === undefined) return null;
  if (protectedHeader?.crit === undefined) return refuse('header-invalid', '"crit" is not in the protected header, where it must be (RFC 7516 §4.1.13).');
  if (!Array.isArray(crit) || crit.length === 0 || crit.some((name) => typeof name !== 'string' || name === '')) {
    return refuse('header-invalid', '"crit" must be a non-empty list of header parameter names (RFC 7516 §4.1.13).');
  }
  const names = crit as string[];
  const own = names.find((name) => REGISTERED.includes(name));
  if (own !== undefined) return refuse('header-invalid', `"crit" lists ${JSON.stringify(own)}, which the specification itself defines: producers must not list such names (RFC 7516 §4.1.13).`);
  return refuse(
    'crit-unsupported',
    `The header marks ${names.map((n) => JSON.stringify(n)).join(', ')} as critical, an extension this page does not understand, so it must not decrypt the token (RFC 7516 §4.1.13).`,
  );
}

/** RFC 7516 §4.1.3: "DEF" is the one compression, and "zip" must be integrity protected. */
function zipProblem(header: JsonObject, protectedHeader: JsonObject | undefined): JweProblem | null {
  const zip = header.zip;
  if (zip === undefined) return null;
  if (zip !== 'DEF') return refuse('zip-unsupported', `zip ${JSON.stringify(zip)} is not a compression this page knows: RFC 7516 §4.1.3 defines "DEF" (DEFLATE) alone.`);
  if (protectedHeader?.zip === undefined) return refuse('header-invalid', '"zip" is not in the protected header, where it must be (RFC 7516 §4.1.3).');
  if (typeof globalThis.DecompressionStream !== 'function') {
    return refuse('zip-unsupported', 'The content is compressed ("zip": "DEF"), and this browser has no DecompressionStream to inflate it; try a current Chrome, Firefox or Safari.');
  }
  return null;
}

function partBytes(member: string | undefined): number {
  const decoded = member === undefined ? undefined : decodeMember(member);
  return decoded?.ok ? decoded.bytes.length : 0;
}

/** RFC 7518 §5.2.2.1, §5.3: the IV and the tag have the sizes "enc" fixes. */
function sizeProblem(jwe: ParsedJwe, enc: string): JweProblem | null {
  const { ivBytes, tagBytes } = CONTENT_ENCRYPTION[enc]!;
  const iv = partBytes(jwe.iv);
  if (iv !== ivBytes) {
    return refuse('iv-size', `The initialization vector is ${iv === 0 ? 'missing' : bytesText(iv)}; ${enc} uses one of ${bytesText(ivBytes)} (RFC 7518 ${enc.includes('CBC') ? '§5.2.2.1' : '§5.3'}).`);
  }
  const tag = partBytes(jwe.tag);
  if (tag !== tagBytes) {
    return refuse('tag-size', `The authentication tag is ${tag === 0 ? 'missing' : bytesText(tag)}; ${enc} makes one of ${bytesText(tagBytes)} (RFC 7518 ${enc.includes('CBC') ? '§5.2.2.1' : '§5.3'}).`);
  }
  return null;
}

/** RFC 7518 §4.5, §4.6: "dir" and "ECDH-ES" carry no encrypted key; every other algorithm wraps one. */
function encryptedKeyProblem(jwe: ParsedJwe, recipient: JweRecipient, alg: string): JweProblem | null {
  const direct = KEY_MANAGEMENT[alg]!.direct === true;
  const bytes = partBytes(recipient.encryptedKey);
  if (direct && bytes > 0) {
    return refuse('encrypted-key-unexpected', `With alg "${alg}" the JWE Encrypted Key must be empty (RFC 7518 ${alg === 'dir' ? '§4.5' : '§4.6'}), but it holds ${bytesText(bytes)}.`);
  }
  if (!direct && bytes === 0) return refuse('encrypted-key-missing', `With alg "${alg}" the content key travels encrypted in the JWE Encrypted Key, which is empty here (RFC 7516 §5.1).`);
  // The content key is the shared key itself, or agreed with one party: there is one recipient.
  if (direct && jwe.recipients.length > 1) return refuse('header-invalid', `alg "${alg}" uses the content key directly, so a JWE with it has one recipient, not ${jwe.recipients.length}.`);
  return null;
}

/** Why this recipient's JWE cannot be opened whatever the key, or null when it can be tried. */
export function recipientProblem(jwe: ParsedJwe, recipient: JweRecipient): JweProblem | null {
  const { header } = recipient;
  const alg = header.alg;
  const enc = header.enc;
  return (
    algProblem(alg, enc) ??
    critProblem(header, jwe.protectedHeader) ??
    zipProblem(header, jwe.protectedHeader) ??
    sizeProblem(jwe, enc as string) ??
    encryptedKeyProblem(jwe, recipient, alg as string) ??
    keyManagementProblem(alg as string, header)
  );
}
