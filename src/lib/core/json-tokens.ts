export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'plain';

interface JsonToken {
  kind: JsonTokenKind;
  text: string;
}

// Splits pretty-printed JSON (from JSON.stringify) into coloured runs; punctuation and
// indentation are merged into 'plain' runs so that large documents make few nodes.
const TOKEN = /("[^"\\]*(?:\\.[^"\\]*)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;

export function tokenizeJson(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) tokens.push({ kind: 'plain', text: text.slice(last, match.index) });
    if (match[1] !== undefined) {
      tokens.push({ kind: match[2] === undefined ? 'string' : 'key', text: match[1] });
      if (match[2] !== undefined) tokens.push({ kind: 'plain', text: match[2] });
    } else if (match[3] !== undefined) tokens.push({ kind: 'number', text: match[3] });
    else tokens.push({ kind: 'literal', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'plain', text: text.slice(last) });
  return tokens;
}
