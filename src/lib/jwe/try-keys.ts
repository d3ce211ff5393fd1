import { MAX_PBES2_COUNT } from '../core/limits';
import { attemptDecrypt } from './attempt';
import { recipientProblem } from './header-checks';
import { KEY_MANAGEMENT } from './jwe-algorithms';
import type { JweProblem, JweRecipient, ParsedJwe } from './jwe-parse';
import { keyUnfit } from './key-fit';
import { kindFits, type Candidate } from './candidates';
import type { UsableKey } from './key-types';
import type { DecryptCode, DecryptSkipReason, SkippedDecryptKey } from './types';

/**
 * Tries the pasted key, or the fitting keys of a JWK Set, on each recipient in turn until one
 * opens the JWE. Keys are chosen by the recipient's "kid" (RFC 7516 §4.1.6), type, "alg",
 * "use" and "key_ops"; every key passed over is listed with its reason.
 */

/** How many keys are tried at most for one token: each try imports a key on the page's thread. */
export const MAX_DECRYPT_ATTEMPTS = 32;


/** What went wrong, ranked: 0 the key was tried and did not open it, up to 3 nothing about the key fitted. */
export interface Problem {
  rank: number;
  code: DecryptCode;
  message: string;
  detail?: string;
}

export interface Tried {
  recipient: JweRecipient;
  candidate: Candidate & { key: UsableKey };
}

export interface TryOutcome {
  opened?: Tried & { plaintext: Uint8Array };
  problems: Problem[];
  skipped: SkippedDecryptKey[];
  tried: Tried[];
  /** A recipient without "kid" was matched against the keys of a set. */
  searchedWithoutKid: boolean;
  limited: boolean;
}

// A key's reason is the most telling one found: a try beats a misfit beats a kid that differs.
const PRIORITY: Readonly<Record<DecryptSkipReason, number>> = {
  'kid-mismatch': 0,
  'not-tried': 1,
  unusable: 2,
  'wrong-type': 3,
  'alg-mismatch': 3,
  'public-only': 3,
  'use-sig': 3,
  'key-ops': 3,
  'did-not-open': 4,
};

const UNFIT_RANK: Partial<Record<DecryptCode, number>> = { 'wrong-key-type': 3 };

interface Passed {
  reason: DecryptSkipReason;
  message: string;
  problem?: Problem;
}

/** Why a candidate is not tried on this recipient, found without any cryptography; null when it is to be tried. */
function passedOver(candidate: Candidate, recipient: JweRecipient, refused: JweProblem | null, isSet: boolean, who: string): Passed | null {
  if (candidate.error) return { reason: 'unusable', message: candidate.error.message };
  const { header } = recipient;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (isSet && kid !== undefined && candidate.kid !== kid) return { reason: 'kid-mismatch', message: `${candidate.name}: the token asks for kid ${JSON.stringify(kid)}${who}.` };
  if (refused) return { reason: 'unusable', message: `${candidate.name} could not be used${who}: ${refused.message}`, problem: { rank: kindFits(candidate.key, header.alg) ? 1 : 3, ...refused } };
  const unfit = keyUnfit(candidate.key!, header, candidate.name);
  if (unfit) return { reason: unfit.reason, message: unfit.message, problem: { rank: UNFIT_RANK[unfit.code] ?? 2, code: unfit.code, message: unfit.message } };
  return null;
}

export async function tryKeys(jwe: ParsedJwe, candidates: Candidate[], isSet: boolean): Promise<TryOutcome> {
  const out: TryOutcome = { problems: [], skipped: [], tried: [], searchedWithoutKid: false, limited: false };
  const notes = new Map<number, SkippedDecryptKey>();
  const note = (c: Candidate, reason: DecryptSkipReason, message: string) => {
    if (c.index === undefined) return;
    const before = notes.get(c.index);
    if (before && PRIORITY[before.reason] >= PRIORITY[reason]) return;
    notes.set(c.index, c.kid === undefined ? { index: c.index, reason, message } : { index: c.index, kid: c.kid, reason, message });
  };
  let pbkdf2 = 0;
  for (const recipient of jwe.recipients) {
    const { header } = recipient;
    if (isSet && typeof header.kid !== 'string') out.searchedWithoutKid = true;
    const refused = recipientProblem(jwe, recipient);
    const who = jwe.recipients.length > 1 ? ` for recipient ${recipient.index + 1} of ${jwe.recipients.length}` : '';
    for (const [position, candidate] of candidates.entries()) {
      const passed = passedOver(candidate, recipient, refused, isSet, who);
      if (passed) {
        if (passed.problem) out.problems.push(passed.problem);
        note(candidate, passed.reason, passed.message);
        continue;
      }
      const key = candidate.key!;
      const p2c = KEY_MANAGEMENT[header.alg as string]!.family === 'pbes2' ? (header.p2c as number) : 0;
      if (out.tried.length >= MAX_DECRYPT_ATTEMPTS || (out.tried.length > 0 && pbkdf2 + p2c > MAX_PBES2_COUNT)) {
        out.limited = true;
        note(candidate, 'not-tried', `${candidate.name} was not tried: at most ${MAX_DECRYPT_ATTEMPTS} keys, and ${MAX_PBES2_COUNT.toLocaleString('en-US')} PBKDF2 iterations in all, are tried for one token.`);
        continue;
      }
      pbkdf2 += p2c;
      const tried: Tried = { recipient, candidate: { ...candidate, key } };
      out.tried.push(tried);
      const attempt = await attemptDecrypt(jwe, recipient, key);
      if (attempt.ok) {
        out.opened = { ...tried, plaintext: attempt.plaintext };
        const first = candidate.name.replace(/ \(.*$/, '').toLowerCase();
        const notTried = (other: Candidate) => note(other, 'not-tried', `${other.name} was not tried: ${first} opened the token first.`);
        for (const other of candidates.slice(position + 1)) {
          const reason = passedOver(other, recipient, refused, isSet, who);
          if (reason) note(other, reason.reason, reason.message);
          else notTried(other);
        }
        // A key whose kid another recipient names was not needed, rather than not matching.
        const kids = new Set(jwe.recipients.map((r) => r.header.kid));
        for (const other of candidates) if (other !== candidate && notes.get(other.index!)?.reason === 'kid-mismatch' && kids.has(other.kid!)) notTried(other);
        out.skipped = finish(notes, candidate.index);
        return out;
      }
      const failed = attempt.code === 'decryption-failed';
      const problem: Problem = { rank: failed ? 0 : 1, code: attempt.code, message: attempt.message };
      if (attempt.detail !== undefined) problem.detail = attempt.detail;
      out.problems.push(problem);
      note(candidate, failed ? 'did-not-open' : 'unusable', failed ? `${candidate.name} was tried${who}: it does not open the token.` : `${candidate.name} could not be used${who}: ${attempt.message}`);
    }
  }
  out.skipped = finish(notes, undefined);
  return out;
}

function finish(notes: Map<number, SkippedDecryptKey>, winner: number | undefined): SkippedDecryptKey[] {
  return [...notes.values()].filter((s) => s.index !== winner).sort((a, b) => a.index - b.index);
}
