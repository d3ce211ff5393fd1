import { describe, expect, it } from 'vitest';
import { EXPLAINER_SECTIONS, isSectionSlug } from './sections';

describe('EXPLAINER_SECTIONS', () => {
  it('lists the sections in reading order, the six every link may rely on in their given order', () => {
    const slugs: string[] = EXPLAINER_SECTIONS.map((s) => s.slug);
    expect(slugs).toEqual([
      'how-sessions-work',
      'how-jwt-works',
      'revocation',
      'refresh-token-rotation',
      'storage-and-xss',
      'csrf-and-samesite',
      'hybrid-patterns',
      'debugging',
      'practical-rule',
    ]);
    const required = ['how-sessions-work', 'how-jwt-works', 'revocation', 'hybrid-patterns', 'debugging', 'practical-rule'];
    expect(slugs.filter((slug) => required.includes(slug))).toEqual(required);
  });

  it('gives every section a title, and slugs that are valid lower-case ids', () => {
    for (const { slug, title } of EXPLAINER_SECTIONS) {
      expect(slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(title.trim()).not.toBe('');
    }
  });

  it('recognises slugs and nothing else', () => {
    expect(isSectionSlug('revocation')).toBe(true);
    expect(isSectionSlug('Revocation')).toBe(false);
    expect(isSectionSlug('#revocation')).toBe(false);
    expect(isSectionSlug('')).toBe(false);
  });
});
