// Run before the end-to-end tests: names the Chromium they will drive, downloading
// Playwright's own when the machine has none, or stops with what to do about it.
//
//   node scripts/ensure-chromium.mjs
import { ChromiumError, describeChromium, ensureLocalChromium } from './chromium.mjs';

try {
  console.log(describeChromium(ensureLocalChromium()));
} catch (error) {
  if (!(error instanceof ChromiumError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
