import type { JsonObject } from '../core/json';
import { rfcRule, type RuleCitation } from '../core/source';
import { isWellKnownSecret } from '../verify/well-known-secrets';
import { utf8Text } from './base64url-member';
import { KEY_MANAGEMENT } from './jwe-algorithms';
import type { UsableKey } from './key-types';
import type { JweFinding } from './types';

/** What should worry the user about the key they decrypted with, or about what came out. */

/** NIST SP 800-63B-4 §3.1.1.2: a password used alone is at least 15 characters; 8 is the floor even with a second factor. */
const NIST_PASSWORDS: RuleCitation = { rule: 'NIST SP 800-63B-4 §3.1.1.2', ruleUrl: 'https://doi.org/10.6028/NIST.SP.800-63b-4' };
const SHORT_PASSWORD = 15;
const VERY_SHORT_PASSWORD = 8;

function finding(code: JweFinding['code'], severity: JweFinding['severity'], message: string, rule: RuleCitation, alsoRules?: readonly RuleCitation[]): JweFinding {
  return alsoRules ? { code, severity, message, ...rule, alsoRules } : { code, severity, message, ...rule };
}

/** Why a shared key could be guessed, judged from its bytes: a known secret, one byte repeated, a word, or typed text. */
function guessable(key: Extract<UsableKey, { kind: 'secret' }>): { severity: JweFinding['severity']; why: string } | null {
  const { bytes } = key;
  const text = key.text ?? utf8Text(bytes);
  if (text !== undefined && isWellKnownSecret(text)) return { severity: 'critical', why: `is ${JSON.stringify(text)}, one of the secrets attackers try first` };
  if (bytes.every((b) => b === bytes[0])) return { severity: 'high', why: `is one byte (0x${bytes[0]!.toString(16).padStart(2, '0')}) repeated ${bytes.length} times` };
  if (text !== undefined && /^[A-Za-z]+(?:[ _-][A-Za-z]+)*$/.test(text)) return { severity: 'high', why: 'is made of words, which a dictionary attack tries early' };
  // Sixteen random bytes are all printable ASCII once in about eight million keys (2^-23): this was typed.
  if (text !== undefined && /^[\x20-\x7e]+$/.test(text)) return { severity: 'medium', why: 'is readable text, at most 6.6 bits of a possible 8 in every byte, and text a person chose is far weaker still' };
  return null;
}

/** RFC 7518 §4.5 "dir": the key is the content key itself, so it must be random, not chosen. */
function dirFinding(key: UsableKey): JweFinding | null {
  if (key.kind !== 'secret') return null;
  const weak = guessable(key);
  if (!weak) return null;
  return finding(
    'dir-guessable-key',
    weak.severity,
    `With alg "dir" this key is the content key itself, and it ${weak.why}: whoever guesses it reads this and every token encrypted with it. Use ${key.bytes.length} random bytes instead.`,
    rfcRule(8725, '3.5'),
    [rfcRule(7518, '4.5')],
  );
}

/** RFC 7518 §8.8: PBES2 is only as strong as its password, and a token can be attacked offline. */
function passwordFinding(key: UsableKey): JweFinding | null {
  if (key.kind !== 'secret') return null;
  const length = key.text === undefined ? key.bytes.length : [...key.text].length;
  if (length >= SHORT_PASSWORD) return null;
  const unit = key.text === undefined ? 'bytes' : 'characters';
  return finding(
    'pbes2-short-password',
    length < VERY_SHORT_PASSWORD ? 'high' : 'medium',
    `The password is ${length} ${unit} long, under the 15 NIST asks of a password used alone${length < VERY_SHORT_PASSWORD ? ' and under its floor of 8' : ''}. ` +
      'Anyone who holds the token can try passwords offline, as fast as PBKDF2 runs, with no server to slow them down.',
    rfcRule(7518, '8.8'),
    [NIST_PASSWORDS],
  );
}

/** Findings about the key, for the algorithm it was used with. */
export function keyFindings(key: UsableKey, alg: string): JweFinding[] {
  const family = KEY_MANAGEMENT[alg]?.family;
  const found = family === 'dir' ? dirFinding(key) : family === 'pbes2' ? passwordFinding(key) : null;
  return found ? [found] : [];
}

/** RFC 7516 §4.1.6: without "kid" the recipient cannot tell which key is meant, and must try them all. */
export function missingKidFinding(keys: number): JweFinding {
  return finding(
    'missing-kid',
    'low',
    `The token names no key ("kid"), so every fitting key of the ${keys} in the JWK Set had to be tried. A recipient that must try keys does more work on every token, and a failure says less.`,
    rfcRule(7516, '4.1.6'),
  );
}

/** RFC 7519 §5.2: a JWT nested in a JWE is announced with "cty": "JWT", so that its signature is checked too. */
export function nestedFinding(header: JsonObject, text: string | undefined): JweFinding | null {
  if (text === undefined || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(text.trim())) return null;
  const cty = header.cty;
  if (typeof cty === 'string' && cty.toUpperCase() === 'JWT') return null;
  return finding(
    'nested-without-cty',
    'medium',
    'The plaintext is itself a signed token (a compact JWS), but the header has no "cty": "JWT" to say so. A recipient may then take the inner token for plain content and never check its signature.',
    rfcRule(7519, '5.2'),
  );
}
