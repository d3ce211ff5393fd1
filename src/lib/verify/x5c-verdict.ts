import { toRfc3339Utc } from '../jwt/time-claims';
import type { AnchorLink, ChainFacts, ChainProblem, ChainVerdict } from './x5c-chain-types';

/**
 * The chain's verdict at one instant: the checks already made (x5c-chain.ts), the dates
 * against `now`, and the link to the trust anchor. No cryptography, so it follows the clock.
 */

export const NO_ANCHOR_MESSAGE =
  'The chain in the token is intact, but no trust anchor was given, and a chain embedded in a token proves nothing by itself: ' +
  'anyone can put any certificates in a header. Paste the root certificate you trust to check it.';

/** RFC 5280 §6.1.3 (a)(2): the time lies within each certificate's validity, both ends included (§4.1.2.5). */
function dateProblems(facts: ChainFacts, now: Date): ChainProblem[] {
  const at = toRfc3339Utc(now);
  return facts.entries.flatMap(({ index, certificate }): ChainProblem[] => {
    if (!certificate) return [];
    if (now.getTime() < certificate.notBefore.getTime()) {
      return [{ code: 'not-yet-valid', index, message: `Certificate ${index} is not valid until ${toRfc3339Utc(certificate.notBefore)}; now is ${at}.` }];
    }
    if (now.getTime() > certificate.notAfter.getTime()) {
      return [{ code: 'expired', index, message: `Certificate ${index} expired at ${toRfc3339Utc(certificate.notAfter)}; now is ${at}.` }];
    }
    return [];
  });
}

function brokenMessage(problems: ChainProblem[]): string {
  const [first] = problems;
  const more = problems.length - 1;
  return `The chain is broken: ${first!.message}${more > 0 ? ` ${more} more problem${more === 1 ? '' : 's'} below.` : ''}`;
}

export function judgeChain(facts: ChainFacts, link: AnchorLink, now: Date): ChainVerdict {
  // Sorted by certificate, the order of the checks on one certificate kept.
  const problems = [...facts.problems, ...dateProblems(facts, now)].sort((a, b) => a.index - b.index);
  if (problems.length > 0) return { status: 'broken', code: problems[0]!.code, message: brokenMessage(problems), problems };
  // To the second: the verdict is read, and the live clock's milliseconds would only flicker.
  const at = toRfc3339Utc(new Date(Math.floor(now.getTime() / 1000) * 1000));
  switch (link.kind) {
    case 'none':
      return { status: 'none', code: 'no-anchor', message: NO_ANCHOR_MESSAGE, problems };
    case 'invalid':
      return {
        status: 'none',
        code: 'anchor-invalid',
        message: 'The trust anchor you pasted cannot be read, so the chain is checked against nothing, and a chain embedded in a token proves nothing by itself.',
        problems,
      };
    case 'in-chain': {
      const certificate = facts.entries[link.index]?.certificate;
      const which = link.index === 0 ? 'the leaf certificate itself' : `certificate ${link.index}`;
      return {
        status: 'trusted',
        code: 'trusted',
        message: `Trusted: the chain is intact, valid at ${at}, and ${which}${certificate ? ` (${certificate.subject})` : ''} is your trust anchor.`,
        problems,
      };
    }
    case 'issued-last': {
      const last = facts.entries[facts.entries.length - 1]?.certificate;
      return {
        status: 'trusted',
        code: 'trusted',
        message: `Trusted: the chain is intact, valid at ${at}, and its last certificate is issued by your trust anchor${last ? ` (${last.issuer})` : ''}.`,
        problems,
      };
    }
    case 'not-reached': {
      const last = facts.entries[facts.entries.length - 1]?.certificate;
      const message =
        link.code === 'anchor-signature-mismatch'
          ? `Not trusted: the last certificate names your anchor's subject (${last?.issuer ?? ''}) as its issuer, but your anchor's key did not sign it: it is another certificate of the same name.`
          : `Not trusted: the chain is intact but does not lead to your trust anchor. Its last certificate is issued by ${last ? `"${last.issuer}"` : 'another CA'}, and no certificate in it is the anchor.`;
      return { status: 'untrusted', code: link.code, message, problems };
    }
  }
}
