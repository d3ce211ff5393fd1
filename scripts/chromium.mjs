// Which Chromium the end-to-end tests and the benchmark drive, in this order:
// CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the build Playwright downloads.
// The decisions are pure functions of what they are handed, so tests can stage any machine;
// the wrappers at the end hand them the real environment and file system.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** A stop with a message for the person running the tests; no stack trace is shown for it. */
export class ChromiumError extends Error {
  name = 'ChromiumError';
}

/**
 * The first usable Chromium, or null when there is none.
 * A CHROMIUM_PATH that names nothing runnable is an error, not skipped: whoever set it
 * meant that browser, and silently testing another would hide the mistake.
 */
export function findChromium({ env, isExecutable, playwrightPath }) {
  const named = env.CHROMIUM_PATH;
  if (named) {
    if (!isExecutable(named)) {
      throw new ChromiumError(
        `CHROMIUM_PATH is "${named}", which names nothing runnable. Point it at a Chromium or Chrome binary, ` +
          `or unset it to use ${SYSTEM_CHROMIUM} or Playwright's own Chromium.`,
      );
    }
    return { path: named, source: 'CHROMIUM_PATH' };
  }
  if (isExecutable(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  if (playwrightPath && isExecutable(playwrightPath)) return { path: playwrightPath, source: 'playwright' };
  return null;
}

export const NO_CHROMIUM_MESSAGE =
  `No Chromium for the end-to-end tests: none at CHROMIUM_PATH or ${SYSTEM_CHROMIUM}, ` +
  `and Playwright could not download its own. Either install one (Debian/Ubuntu: \`sudo apt-get install chromium\`) ` +
  `or point CHROMIUM_PATH at a Chromium or Chrome binary; or allow the download and run \`npx playwright install chromium\`.`;

/**
 * findChromium, and when it finds none, Playwright's installer (`install`, which reports
 * whether it succeeded); the result is then Playwright's own build, or a ChromiumError.
 */
export function ensureChromium({ env, isExecutable, playwrightPath, install }) {
  const found = findChromium({ env, isExecutable, playwrightPath });
  if (found) return found;
  // An installer that claims success but leaves no browser behind has failed as well.
  if (install() && playwrightPath && isExecutable(playwrightPath)) return { path: playwrightPath, source: 'downloaded' };
  throw new ChromiumError(NO_CHROMIUM_MESSAGE);
}

const DESCRIPTIONS = {
  'CHROMIUM_PATH': 'from CHROMIUM_PATH',
  system: "the system's",
  playwright: "Playwright's own",
  downloaded: "Playwright's own, just downloaded",
};

/** One line naming the browser and where it came from. */
export function describeChromium({ path, source }) {
  return `Chromium for the end-to-end tests: ${path} (${DESCRIPTIONS[source]})`;
}

/** A regular file this process may execute (a directory has the execute bit too). */
export function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright keeps the Chromium it downloads; undefined where it has no build. */
export function playwrightChromiumPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Playwright's installer, its progress shown as it goes; true when it succeeded. */
export function installPlaywrightChromium() {
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return result.status === 0;
}

/** findChromium on this machine. */
export function findLocalChromium(env = process.env) {
  return findChromium({ env, isExecutable: isExecutableFile, playwrightPath: playwrightChromiumPath() });
}

/** ensureChromium on this machine. */
export function ensureLocalChromium(env = process.env) {
  return ensureChromium({ env, isExecutable: isExecutableFile, playwrightPath: playwrightChromiumPath(), install: installPlaywrightChromium });
}
