import type { Finding } from './finding-types';
import { RULES } from './findings-rules';
import type { DecodedToken, JsonNote } from './types';

function listed(notes: readonly JsonNote[]): string {
  return notes.map((note) => `${note.text} (${note.segment})`).join(', ');
}

/**
 * What JSON.parse hid while decoding: duplicate member names, which RFC 7515 §5.2 and
 * RFC 7519 §4 forbid because parsers disagree on which value wins, and numbers a
 * JavaScript number cannot hold exactly (RFC 8259 §6), which this page shows rounded.
 */
export function jsonFindings(token: DecodedToken): Finding[] {
  const findings: Finding[] = [];
  const duplicates = token.jsonNotes.filter((note) => note.kind === 'duplicate-member');
  if (duplicates.length > 0) {
    findings.push({
      code: 'duplicate-member',
      severity: 'high',
      message: `Names given twice: ${listed(duplicates)}. This page shows the last value, as JavaScript does, but other parsers keep the first: a verifier and an application can read different claims.`,
      ...(duplicates.some((note) => note.segment === 'header') ? RULES.duplicateHeaderMembers : RULES.duplicateClaims),
    });
  }
  const imprecise = token.jsonNotes.filter((note) => note.kind === 'imprecise-number');
  if (imprecise.length > 0) {
    findings.push({
      code: 'imprecise-number',
      severity: 'medium',
      message: `Numbers too large or too precise for a JavaScript number: ${listed(imprecise)}. They are shown rounded here, and many JSON libraries round them the same way; send such identifiers as strings.`,
      ...RULES.jsonNumbers,
    });
  }
  return findings;
}
