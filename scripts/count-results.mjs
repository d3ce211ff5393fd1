// Prints one line with the test totals of the last `npm test`:
//   "N passed, N failed" (and ", N skipped" when some were skipped).
// It reads the Vitest JSON report (test-results/unit.json) and the Playwright JSON
// report (test-results/e2e.json). A missing or unreadable report counts as zero tests;
// pass the exit status of `npm test` as the first argument so a failed run whose
// reports are missing still counts as one failure rather than as a clean result.
import { readFileSync } from 'node:fs';

const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'test-results/e2e.json';

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const count = (value) => (Number.isFinite(value) ? value : 0);

/** Vitest's json reporter (Jest-compatible): numPassedTests, numFailedTests, numPendingTests, numTodoTests. */
function unitTotals(report) {
  return {
    passed: count(report?.numPassedTests),
    failed: count(report?.numFailedTests),
    skipped: count(report?.numPendingTests) + count(report?.numTodoTests),
  };
}

/** Playwright's json reporter: a test that passed on retry ("flaky") still passed. */
function e2eTotals(report) {
  const stats = report?.stats;
  return {
    passed: count(stats?.expected) + count(stats?.flaky),
    failed: count(stats?.unexpected),
    skipped: count(stats?.skipped),
  };
}

const unit = unitTotals(readReport(UNIT_REPORT));
const e2e = e2eTotals(readReport(E2E_REPORT));
const passed = unit.passed + e2e.passed;
const skipped = unit.skipped + e2e.skipped;
let failed = unit.failed + e2e.failed;

// A run that failed before any report said why (a build or type error) is not a pass.
const testStatus = Number(process.argv[2] ?? 0);
if (testStatus !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
