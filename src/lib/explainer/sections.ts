/** The explainer's sections, in reading order. Each slug is an element id and a link fragment. */
export const EXPLAINER_SECTIONS = [
  { slug: 'how-sessions-work', title: 'How server-side sessions work' },
  { slug: 'how-jwt-works', title: 'How JWTs work' },
  { slug: 'revocation', title: 'Revocation: taking access away' },
  { slug: 'refresh-token-rotation', title: 'Refresh-token rotation' },
  { slug: 'storage-and-xss', title: 'Where the browser keeps it: storage and XSS' },
  { slug: 'csrf-and-samesite', title: 'CSRF and SameSite' },
  { slug: 'hybrid-patterns', title: 'Hybrid patterns: sessions in front, tokens behind' },
  { slug: 'debugging', title: 'Debugging cookies and tokens' },
  { slug: 'practical-rule', title: 'The practical rule' },
] as const satisfies readonly { slug: string; title: string }[];

export type SectionSlug = (typeof EXPLAINER_SECTIONS)[number]['slug'];

const SLUGS: ReadonlySet<string> = new Set(EXPLAINER_SECTIONS.map((s) => s.slug));

/** Whether text (a URL fragment without its '#', say) names a section. */
export function isSectionSlug(text: string): text is SectionSlug {
  return SLUGS.has(text);
}
