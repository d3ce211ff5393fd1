/** The explainer's sections, in reading order. Each slug is an element id and a link fragment. */
export const EXPLAINER_SECTIONS = [
  { slug: 'how-sessions-work', title: 'How server-side sessions work' },
  { slug: 'how-jwt-works', title: 'How JWT access tokens work' },
  { slug: 'revocation', title: 'Logout and revocation' },
  { slug: 'hybrid-patterns', title: 'Hybrid patterns for browsers' },
  { slug: 'debugging', title: 'Debugging cookies and tokens' },
  { slug: 'practical-rule', title: 'A practical rule' },
  { slug: 'storage-and-xss', title: 'Where the browser keeps tokens, and XSS' },
  { slug: 'csrf-and-samesite', title: 'CSRF and SameSite' },
  { slug: 'refresh-token-rotation', title: 'Refresh-token rotation' },
] as const satisfies readonly { slug: string; title: string }[];

export type SectionSlug = (typeof EXPLAINER_SECTIONS)[number]['slug'];

const SLUGS: ReadonlySet<string> = new Set(EXPLAINER_SECTIONS.map((s) => s.slug));

/** Whether text (a URL fragment without its '#', say) names a section. */
export function isSectionSlug(text: string): text is SectionSlug {
  return SLUGS.has(text);
}
