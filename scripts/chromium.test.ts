import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ChromiumError, describeChromium, ensureChromium, findChromium, isExecutableFile, NO_CHROMIUM_MESSAGE, SYSTEM_CHROMIUM } from './chromium.mjs';

const NAMED = '/opt/chrome/chrome';
const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine on which exactly `runnable` can be executed. */
function machine(runnable: string[], env: Record<string, string> = {}) {
  return { env, isExecutable: (path: string) => runnable.includes(path), playwrightPath: PLAYWRIGHT };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH before the system and Playwright builds', () => {
    expect(findChromium(machine([NAMED, SYSTEM_CHROMIUM, PLAYWRIGHT], { CHROMIUM_PATH: NAMED }))).toEqual({ path: NAMED, source: 'CHROMIUM_PATH' });
  });

  it('stops at a CHROMIUM_PATH that names nothing runnable, though other browsers are there', () => {
    const search = machine([SYSTEM_CHROMIUM, PLAYWRIGHT], { CHROMIUM_PATH: '/nonexistent' });
    expect(() => findChromium(search)).toThrow(ChromiumError);
    expect(() => findChromium(search)).toThrow('CHROMIUM_PATH is "/nonexistent", which names nothing runnable');
  });

  it('reads an empty CHROMIUM_PATH as unset', () => {
    expect(findChromium(machine([SYSTEM_CHROMIUM], { CHROMIUM_PATH: '' }))).toEqual({ path: SYSTEM_CHROMIUM, source: 'system' });
  });

  it('takes the system Chromium before Playwright’s own', () => {
    expect(findChromium(machine([SYSTEM_CHROMIUM, PLAYWRIGHT]))).toEqual({ path: SYSTEM_CHROMIUM, source: 'system' });
  });

  it('takes Playwright’s own when there is no system Chromium', () => {
    expect(findChromium(machine([PLAYWRIGHT]))).toEqual({ path: PLAYWRIGHT, source: 'playwright' });
  });

  it('finds none when nothing is runnable, or Playwright has no build for the platform', () => {
    expect(findChromium(machine([]))).toBeNull();
    expect(findChromium({ ...machine([]), playwrightPath: undefined })).toBeNull();
  });
});

describe('ensureChromium', () => {
  it('does not install when a Chromium is found', () => {
    const install = vi.fn(() => true);
    expect(ensureChromium({ ...machine([SYSTEM_CHROMIUM]), install })).toEqual({ path: SYSTEM_CHROMIUM, source: 'system' });
    expect(install).not.toHaveBeenCalled();
  });

  it('does not install past a CHROMIUM_PATH that names nothing runnable', () => {
    const install = vi.fn(() => true);
    expect(() => ensureChromium({ ...machine([], { CHROMIUM_PATH: '/nonexistent' }), install })).toThrow('names nothing runnable');
    expect(install).not.toHaveBeenCalled();
  });

  it('installs Playwright’s own when none is found, and uses it', () => {
    const runnable: string[] = [];
    const install = vi.fn(() => {
      runnable.push(PLAYWRIGHT);
      return true;
    });
    expect(ensureChromium({ ...machine(runnable), install })).toEqual({ path: PLAYWRIGHT, source: 'downloaded' });
    expect(install).toHaveBeenCalledOnce();
  });

  it('stops with the one message naming both ways out when the install fails', () => {
    const install = vi.fn(() => false);
    const search = { ...machine([]), install };
    expect(() => ensureChromium(search)).toThrow(ChromiumError);
    expect(() => ensureChromium(search)).toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toContain('CHROMIUM_PATH');
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install chromium');
    expect(NO_CHROMIUM_MESSAGE).toContain('npx playwright install chromium');
  });

  it('stops with the same message when the install reports success but leaves no browser', () => {
    expect(() => ensureChromium({ ...machine([]), install: () => true })).toThrow(NO_CHROMIUM_MESSAGE);
  });
});

describe('describeChromium', () => {
  it('names the path and where it came from on one line', () => {
    const line = describeChromium({ path: PLAYWRIGHT, source: 'downloaded' });
    expect(line).toBe(`Chromium for the end-to-end tests: ${PLAYWRIGHT} (Playwright's own, just downloaded)`);
    expect(line).not.toContain('\n');
  });
});

describe('isExecutableFile', () => {
  it('accepts an executable file only: not a plain file, a directory or a missing path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chromium-test-'));
    try {
      const runnable = join(dir, 'chrome');
      const plain = join(dir, 'notes.txt');
      writeFileSync(runnable, '#!/bin/sh\n');
      chmodSync(runnable, 0o755);
      writeFileSync(plain, '');
      chmodSync(plain, 0o644);
      expect(isExecutableFile(runnable)).toBe(true);
      expect(isExecutableFile(plain)).toBe(false);
      expect(isExecutableFile(dir)).toBe(false);
      expect(isExecutableFile(join(dir, 'missing'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
