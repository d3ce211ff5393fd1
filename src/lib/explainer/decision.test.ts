import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, isAsked, QUESTIONS, RECOMMENDATION_CODES, recommend, type Answers, type QuestionId } from './decision';
import { EXPLAINER_SECTIONS, isSectionSlug } from './sections';

const IDS = QUESTIONS.map((q) => q.id);

/** All 2^6 sets of answers. */
function everyCombination(): Answers[] {
  return Array.from({ length: 2 ** IDS.length }, (_, n) => Object.fromEntries(IDS.map((id, bit) => [id, ((n >> bit) & 1) === 1])) as Record<QuestionId, boolean>);
}

function answers(yes: QuestionId[]): Answers {
  return { ...DEFAULT_ANSWERS, ...Object.fromEntries(yes.map((id) => [id, true])) };
}

const ORDER = EXPLAINER_SECTIONS.map((s) => s.slug);

describe('the questions', () => {
  it('ask about the backend, the site, browser-only, OAuth APIs, instant revocation and native apps, each once', () => {
    expect(IDS).toEqual(['own-backend', 'same-site', 'browser-only', 'third-party-apis', 'instant-revocation', 'native-clients']);
    expect(Object.keys(DEFAULT_ANSWERS).sort()).toEqual([...IDS].sort());
  });

  it('ask "same site?" only with a backend and "browser-only?" only without one', () => {
    const sameSite = QUESTIONS.find((q) => q.id === 'same-site')!;
    const browserOnly = QUESTIONS.find((q) => q.id === 'browser-only')!;
    expect(isAsked(sameSite, answers(['own-backend']))).toBe(true);
    expect(isAsked(browserOnly, answers(['own-backend']))).toBe(false);
    expect(isAsked(sameSite, DEFAULT_ANSWERS)).toBe(false);
    expect(isAsked(browserOnly, DEFAULT_ANSWERS)).toBe(true);
  });
});

describe('recommend, over every combination of answers', () => {
  const all = everyCombination();

  it('gives exactly one known recommendation, with reasons, whose section slugs all exist, in the explainer’s order', () => {
    expect(all).toHaveLength(64);
    for (const a of all) {
      const r = recommend(a);
      expect(RECOMMENDATION_CODES).toContain(r.code);
      expect(r.reasons.length).toBeGreaterThan(0);
      for (const reason of [...r.reasons, ...r.cautions]) {
        expect(isSectionSlug(reason.section)).toBe(true);
        expect(r.sections).toContain(reason.section);
        expect(reason.source.sourceUrl).toMatch(/^https:\/\//);
      }
      expect(r.sections).toContain('practical-rule');
      expect(r.sections).toEqual(ORDER.filter((slug) => r.sections.includes(slug)));
      expect(new Set(r.sections).size).toBe(r.sections.length);
    }
  });

  it('ignores the answer to a question that is not asked', () => {
    for (const a of all) {
      for (const q of QUESTIONS) {
        if (isAsked(q, a)) continue;
        expect(recommend({ ...a, [q.id]: !a[q.id] })).toEqual(recommend(a));
      }
    }
  });

  it('reaches every recommendation', () => {
    expect(new Set(all.map((a) => recommend(a).code))).toEqual(new Set(RECOMMENDATION_CODES));
  });

  it('sends instant revocation to the revocation section, whatever the recommendation', () => {
    for (const a of all) expect(recommend({ ...a, 'instant-revocation': true }).sections).toContain('revocation');
  });
});

describe('recommend, case by case', () => {
  it('one site with its own backend: a server-side session in a __Host- cookie', () => {
    const r = recommend(answers(['own-backend', 'same-site']));
    expect(r.code).toBe('session-cookie');
    expect(r.summary).toContain('__Host-');
    expect(r.sections).toEqual(expect.arrayContaining(['how-sessions-work', 'csrf-and-samesite', 'practical-rule']));
  });

  it('the same, with native apps: a session for the browser, access tokens for the apps', () => {
    expect(recommend(answers(['own-backend', 'same-site', 'native-clients'])).code).toBe('session-and-access-tokens');
  });

  it('OAuth APIs, a backend on another site, or no backend yet but room for one: a backend-for-frontend', () => {
    expect(recommend(answers(['own-backend', 'same-site', 'third-party-apis'])).code).toBe('bff');
    expect(recommend(answers(['own-backend'])).code).toBe('bff');
    expect(recommend(answers([])).code).toBe('bff');
    expect(recommend(answers(['own-backend', 'same-site', 'third-party-apis'])).reasons.map((r) => r.text).join(' ')).toContain('SameSite=Strict');
  });

  it('browser-only: tokens in memory, short-lived, rotating refresh tokens, and a caution about the extra risk', () => {
    const r = recommend(answers(['browser-only']));
    expect(r.code).toBe('browser-only-tokens');
    expect(r.sections).toEqual(expect.arrayContaining(['storage-and-xss', 'refresh-token-rotation']));
    expect(r.cautions.some((c) => /more risk/.test(c.text))).toBe(true);
  });
});
