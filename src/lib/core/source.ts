/** Where a table entry comes from: a document's name and a link to it. */
export interface Source {
  source: string;
  sourceUrl: string;
}

/** An RFC, or one of its sections, as an entry's source ("RFC 7519 §4.1.4" and its rfc-editor.org link). */
export function rfc(number: number, section?: string): Source {
  const base = `https://www.rfc-editor.org/rfc/rfc${number}`;
  return section === undefined
    ? { source: `RFC ${number}`, sourceUrl: base }
    : { source: `RFC ${number} §${section}`, sourceUrl: `${base}#section-${section}` };
}

/** What a finding or a check rests on, as findings name it: "RFC 7519 §4.1.4" and its link. */
export interface RuleCitation {
  rule: string;
  ruleUrl: string;
}

/** An RFC section as a finding's rule. */
export function rfcRule(number: number, section: string): RuleCitation {
  const { source, sourceUrl } = rfc(number, section);
  return { rule: source, ruleUrl: sourceUrl };
}

/**
 * A section of an Internet-Draft as a finding's rule, linked to the draft's latest version
 * (section numbers are those of the version the rule was read in, and can shift).
 */
export function draftRule(name: string, section: string): RuleCitation {
  return { rule: `${name} §${section}`, ruleUrl: `https://datatracker.ietf.org/doc/html/${name}#section-${section}` };
}
