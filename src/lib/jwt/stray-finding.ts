import { rfcRule } from '../core/source';
import type { Finding } from './finding-types';
import type { StrayTail } from './stray';

// Apart from the split itself, which finding a token needs on every paste: the words load with the details.

/** The stray characters as a sentence can quote them: short ones whole, long ones by their start. */
export function quoteStray(stray: string): string {
  return stray.length <= 12 ? `'${stray}'` : `'${stray.slice(0, 10)}…' (${stray.length} characters)`;
}

/** The finding a stray tail makes: what the character is, where, and why the token is not accepted. */
export function strayFinding(tail: StrayTail): Finding {
  const jwe = tail.readable.split('.').length === 5;
  const what = tail.stray.startsWith('.') ? `a trailing '.' at offset ${tail.offset}` : `${quoteStray(tail.stray)} at offset ${tail.offset}`;
  return {
    code: 'malformed-token',
    severity: 'high',
    message:
      `The token ends with ${what}, after its last part. A ${jwe ? 'JWE has five parts' : 'JWS has three parts'} and no other characters, ` +
      'so as pasted it is malformed and a verifier must reject it. The parts before it are shown.',
    ...rfcRule(jwe ? 7516 : 7515, '7.1'),
  };
}
