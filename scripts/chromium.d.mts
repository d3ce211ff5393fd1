// Types for chromium.mjs, so the Playwright config and the unit tests can import it.

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright' | 'downloaded';

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

export interface ChromiumSearch {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable: (path: string) => boolean;
  /** Where Playwright's own build would be; undefined where it has none. */
  playwrightPath: string | undefined;
}

export declare const SYSTEM_CHROMIUM: string;
export declare const NO_CHROMIUM_MESSAGE: string;

export declare class ChromiumError extends Error {}

export function findChromium(search: ChromiumSearch): FoundChromium | null;
export function ensureChromium(search: ChromiumSearch & { install: () => boolean }): FoundChromium;
export function describeChromium(found: FoundChromium): string;
export function isExecutableFile(path: string): boolean;
export function playwrightChromiumPath(): string | undefined;
export function installPlaywrightChromium(): boolean;
export function findLocalChromium(env?: Readonly<Record<string, string | undefined>>): FoundChromium | null;
export function ensureLocalChromium(env?: Readonly<Record<string, string | undefined>>): FoundChromium;
