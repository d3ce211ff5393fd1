import type { JsonValue } from './json';
import type { Result } from './result';

interface JsonSyntaxError {
  /** What was found, in words: "unexpected character '}'", "unexpected end of text". */
  problem: string;
  offset: number;
  line: number;
  column: number;
}

type JsonParseResult = Result<JsonValue, JsonSyntaxError>;

/**
 * JSON.parse with a located error. Engines word (and place) their errors differently,
 * so on failure a small scanner of RFC 8259's grammar finds the first bad character.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    return { ok: false, error: locate(text, findSyntaxError(text)) };
  }
}

function locate(text: string, found: { offset: number; problem: string }): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < found.offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { ...found, line, column: found.offset - lineStart + 1 };
}

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

function findSyntaxError(text: string): { offset: number; problem: string } {
  let i = 0;
  const fail = (problem?: string): never => {
    if (i >= text.length) throw new Stop(text.length, problem ?? 'unexpected end of text');
    throw new Stop(i, problem ?? `unexpected character ${JSON.stringify(String.fromCodePoint(text.codePointAt(i)!))}`);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else throw new Stop(i, `expected ${word}`);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const ch = text.charCodeAt(i);
      if (ch === 34) return void i++;
      if (ch < 0x20) fail('control character in a string');
      if (ch === 92) {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else fail('bad escape');
      } else i++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a member name in double quotes');
        string();
        space();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail("expected ',' or '}'");
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail("expected ',' or ']'");
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail('unexpected text after the JSON value');
    // JSON.parse failed but the scanner did not: report the start rather than nothing.
    return { offset: 0, problem: 'invalid JSON' };
  } catch (stop) {
    if (stop instanceof Stop) return { offset: stop.offset, problem: stop.problem };
    // Only a stack overflow gets here: nesting deeper than the scanner can follow.
    return { offset: 0, problem: 'invalid JSON, nested too deeply to locate the error' };
  }
}
