import { safeStringify } from './safe-stringify';

/**
 * JSON text of a decoded value, written once per object however often a view renders it:
 * a payload of megabytes takes as long to print as to parse. Only objects and arrays are
 * remembered (a WeakMap holds nothing else), and only text that could be written.
 */

const pretty = new WeakMap<object, string>();
const compact = new WeakMap<object, string>();

function cached(cache: WeakMap<object, string>, value: unknown, indent: number | undefined, fallback: string): string {
  if (value === null || typeof value !== 'object') return safeStringify(value, indent, fallback);
  const known = cache.get(value);
  if (known !== undefined) return known;
  const text = JSON.stringify(value, null, indent) as string | undefined;
  return text === undefined ? fallback : (cache.set(value, text), text);
}

/** The value indented by two spaces, or `fallback` when it is nested too deeply to write. */
export function prettyJson(value: unknown, fallback: string): string {
  try {
    return cached(pretty, value, 2, fallback);
  } catch {
    return fallback;
  }
}

/** The value on one line, or `fallback` when it is nested too deeply to write. */
export function compactJson(value: unknown, fallback: string): string {
  try {
    return cached(compact, value, undefined, fallback);
  } catch {
    return fallback;
  }
}

/** Records text written elsewhere (in a worker) for this very object. */
export function rememberPrettyJson(value: object, text: string): void {
  pretty.set(value, text);
}
