import { decodeMember, utf8Text } from './base64url-member';
import { readDecryptKey } from './decrypt-key-input';
import { FAILED_MESSAGE, mapDecryptError } from './decrypt-errors';
import { recipientProblem } from './header-checks';
import { CONTENT_ENCRYPTION } from './jwe-algorithms';
import { keyFindings, missingKidFinding, nestedFinding } from './jwe-findings';
import { parseJwe, type ParsedJwe } from './jwe-parse';
import { describeKey } from './key-description';
import type { DecryptKey } from './key-types';
import { candidatesOf } from './candidates';
import { MAX_DECRYPT_ATTEMPTS, tryKeys, type Problem, type TryOutcome } from './try-keys';
import type { Decrypted, DecryptInput, DecryptResult, JweFinding } from './types';

/** Opens a JWE with the key its recipient holds (RFC 7516 §5.2); never throws. */

type Verdict = Omit<DecryptResult, 'skipped' | 'findings'> & Partial<Pick<DecryptResult, 'skipped' | 'findings'>>;

function result(verdict: Verdict): DecryptResult {
  return { skipped: [], findings: [], ...verdict };
}

function errorOf(problem: { code: DecryptResult['code']; message: string; detail?: string }, keyDescription?: string): DecryptResult {
  const out = result({ status: 'error', code: problem.code, message: problem.message });
  if (problem.detail !== undefined) out.detail = problem.detail;
  if (keyDescription !== undefined) out.keyDescription = keyDescription;
  return out;
}

function decryptedOf(jwe: ParsedJwe, outcome: TryOutcome & { opened: NonNullable<TryOutcome['opened']> }): Decrypted {
  const { recipient, plaintext } = outcome.opened;
  const decrypted: Decrypted = { plaintext, header: recipient.header };
  const text = utf8Text(plaintext);
  if (text !== undefined) decrypted.text = text;
  if (jwe.form !== 'compact') decrypted.recipientIndex = recipient.index;
  if (recipient.header.zip === 'DEF') {
    const sent = decodeMember(jwe.ciphertext);
    const from = sent.ok ? sent.bytes.length : 0;
    // AES-GCM's ciphertext is as long as its plaintext; AES-CBC adds 1 to 16 bytes of padding.
    const padded = CONTENT_ENCRYPTION[recipient.header.enc as string]!.mode === 'AES-CBC';
    decrypted.inflated = padded ? { from, to: plaintext.length, padded: true } : { from, to: plaintext.length };
  }
  return decrypted;
}

function successMessage(jwe: ParsedJwe, decrypted: Decrypted): string {
  const { alg, enc } = decrypted.header;
  const who = jwe.recipients.length > 1 ? `, as recipient ${decrypted.recipientIndex! + 1} of ${jwe.recipients.length}` : '';
  const what = `${decrypted.plaintext.length.toLocaleString('en-US')} bytes${decrypted.text !== undefined ? ' of UTF-8 text' : ''}`;
  const inflated = decrypted.inflated ? `, inflated from ${decrypted.inflated.from.toLocaleString('en-US')}` : '';
  return `Decrypted with ${String(alg)} and ${String(enc)}${who}: ${what}${inflated}.`;
}

function best(problems: Problem[]): Problem | undefined {
  return problems.reduce<Problem | undefined>((found, p) => (found === undefined || p.rank < found.rank ? p : found), undefined);
}

/** RFC 7516 §4.1.6: when only the kids differ, say which the token asks for and which the set has. */
function noKeyMessage(outcome: TryOutcome): string {
  const kids = [...new Set(outcome.skipped.map((s) => s.kid).filter((k): k is string => k !== undefined))];
  if (outcome.skipped.length === 0 || !outcome.skipped.every((s) => s.reason === 'kid-mismatch')) return "No key in the JWK Set can open this token; each key's reason is listed.";
  const quoted = (list: string[]) => list.slice(0, 5).map((k) => JSON.stringify(k)).join(', ') + (list.length > 5 ? ', …' : '');
  return `No key in the JWK Set has the kid the token names${kids.length > 0 ? `; the set's kids are ${quoted(kids)}` : ', and its keys have no kid'}.`;
}

function failureOf(key: Extract<DecryptKey, { kind: 'one' | 'set' }>, outcome: TryOutcome): Verdict {
  const isSet = key.kind === 'set';
  const chosen = best(outcome.problems);
  const limit = outcome.limited ? ` Not every key was tried: at most ${MAX_DECRYPT_ATTEMPTS} tries, and a bounded number of PBKDF2 iterations, for one token.` : '';
  if (chosen?.rank === 0) {
    const tried = outcome.tried.length;
    const many = isSet && tried > 1 ? ` None of the ${tried} keys tried opens it.` : '';
    const hint = key.kind === 'one' && key.key.kind === 'secret' && key.key.suggestion ? ` ${key.key.suggestion.message}` : '';
    const verdict: Verdict = { status: 'failed', code: 'decryption-failed', message: `${FAILED_MESSAGE}${many}${hint}${limit}` };
    return chosen.detail === undefined ? verdict : { ...verdict, detail: chosen.detail };
  }
  if (isSet && (chosen === undefined || chosen.rank >= 2)) {
    const allPublic = outcome.problems.length > 0 && outcome.problems.every((p) => p.code === 'public-key');
    if (allPublic) return { status: 'error', code: 'public-key', message: 'The JWK Set holds only public keys for this token. Decrypting needs the private key: the public key is what the sender encrypts to.' };
    return { status: 'error', code: 'no-matching-key', message: `${noKeyMessage(outcome)}${limit}` };
  }
  if (!chosen) return { status: 'error', code: 'no-matching-key', message: `No key could be tried on this token.${limit}` };
  const verdict: Verdict = { status: 'error', code: chosen.code, message: `${chosen.message}${limit}` };
  return chosen.detail === undefined ? verdict : { ...verdict, detail: chosen.detail };
}

function findingsOf(key: DecryptKey, outcome: TryOutcome): JweFinding[] {
  const findings: JweFinding[] = [];
  const seen = new Set<string>();
  const used = outcome.opened ? [outcome.opened] : outcome.tried;
  for (const { recipient, candidate } of used) {
    for (const f of keyFindings(candidate.key, recipient.header.alg as string)) {
      if (!seen.has(f.code)) findings.push(f);
      seen.add(f.code);
    }
  }
  if (key.kind === 'set' && key.entries.length > 1 && outcome.searchedWithoutKid) findings.push(missingKidFinding(key.entries.length));
  if (outcome.opened) {
    const nested = nestedFinding(outcome.opened.recipient.header, utf8Text(outcome.opened.plaintext));
    if (nested) findings.push(nested);
  }
  return findings;
}

async function run(input: DecryptInput): Promise<DecryptResult> {
  if (input.keyText.trim() === '') return result({ status: 'idle', code: 'no-key', message: 'Paste the private key, shared key or password this token was encrypted to, to decrypt it.' });
  const parsed = parseJwe(input.jwe);
  if (!parsed.ok) return errorOf(parsed.error);
  const jwe = parsed.value;
  // A lone recipient's header is judged before the key is even read: nothing is imported for a token that cannot open.
  const refused = jwe.recipients.length === 1 ? recipientProblem(jwe, jwe.recipients[0]!) : null;
  if (refused) return errorOf(refused);
  const key = readDecryptKey(input.keyText, input.encoding);
  if (key.kind === 'empty') return result({ status: 'idle', code: 'no-key', message: 'Paste the key to decrypt with.' });
  if (key.kind === 'invalid') return errorOf(key.error);
  const outcome = await tryKeys(jwe, candidatesOf(key), key.kind === 'set');
  const findings = findingsOf(key, outcome);
  const { skipped } = outcome;
  if (outcome.opened) {
    const decrypted = decryptedOf(jwe, { ...outcome, opened: outcome.opened });
    const keyDescription = describeKey(outcome.opened.candidate.key, decrypted.header.alg as string);
    return { status: 'decrypted', code: 'decrypted', message: successMessage(jwe, decrypted), keyDescription, decrypted, skipped, findings };
  }
  const keyDescription = key.kind === 'set' ? key.description : describeKey(key.key, jwe.recipients[0]!.header.alg as string);
  return { ...failureOf(key, outcome), keyDescription, skipped, findings };
}

/** Decrypts a compact or JSON-serialized JWE with the pasted key. Never throws: every outcome is a DecryptResult. */
export async function decryptJwe(input: DecryptInput): Promise<DecryptResult> {
  try {
    return await run(input);
  } catch (error) {
    return errorOf(mapDecryptError(error));
  }
}
