import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.5.3 Label in Name. axe marks the rule experimental and runs it only when named. */
const LABEL_IN_NAME_RULE = 'label-content-name-mismatch';

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** Fails with every violation's rule, elements and reason. */
function expectNone(violations: Violations) {
  const report = violations.map((violation) =>
    [
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
      ...violation.nodes.map((node) => `  at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ].join('\n'),
  );
  expect(violations.length, `accessibility violations:\n${report.join('\n')}`).toBe(0);
}

/** Runs axe on the whole page. */
export async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expectNone(violations);
}

/** Runs axe's Label in Name check on the whole page: every control's accessible name holds its visible text. */
export async function expectLabelsInNames(page: Page) {
  const { violations, passes } = await new AxeBuilder({ page }).withRules([LABEL_IN_NAME_RULE]).analyze();
  // The rule ran and looked at elements: a rule that never runs would pass here too.
  expect(passes.find((result) => result.id === LABEL_IN_NAME_RULE)?.nodes.length ?? 0).toBeGreaterThan(0);
  expectNone(violations);
}
