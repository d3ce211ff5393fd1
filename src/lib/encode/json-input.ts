import { parseJson } from '../core/json-parse';
import type { JsonValue } from '../core/json';
import type { JsonObjectResult } from './types';
import { isObject } from '../core/json';

type EditedPart = 'header' | 'payload';

/**
 * The header or payload as typed. Both must be JSON objects: the JOSE header by RFC 7515
 * §4, the claims set by RFC 7519 §7.1 step 2.
 */
export function readJsonObject(text: string, part: EditedPart): JsonObjectResult {
  const name = part === 'header' ? 'header' : 'payload';
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { problem, line, column } = parsed.error;
    return {
      ok: false,
      error: { code: `${part}-invalid-json`, message: `The ${name} is not valid JSON at line ${line}, column ${column}: ${problem}.`, line, column },
    };
  }
  if (!isObject(parsed.value)) {
    const found = Array.isArray(parsed.value) ? 'an array' : parsed.value === null ? 'null' : `a ${typeof parsed.value}`;
    return { ok: false, error: { code: `${part}-not-object`, message: `The ${name} must be a JSON object ({ … }), not ${found}.`, line: 1, column: 1 } };
  }
  return { ok: true, value: parsed.value };
}

/** Pretty JSON as the editors show it. */
export function prettyJson(value: JsonValue): string {
  return JSON.stringify(value, null, 2);
}
