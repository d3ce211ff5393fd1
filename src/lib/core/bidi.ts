/**
 * The characters that steer the Unicode Bidirectional Algorithm (UAX #9 §2): the implicit
 * marks (ALM, LRM, RLM), the embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and the
 * isolates (LRI, RLI, FSI, PDI). Inside a claim or a header value they can make text read
 * as something it is not ("\u202Egnp.exe" shows as "exe.png"; CVE-2021-42574), so the app
 * shows them instead of applying them.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Global copies for replace and matchAll, which keep their position in lastIndex.
const EVERY_BIDI_CONTROL = new RegExp(BIDI_CONTROL.source, 'g');

/** One run of ordinary text, or one bidi control character. */
type BidiSegment = { kind: 'text'; text: string } | { kind: 'control'; char: string; label: string };

/** "U+202E" for a character of the Basic Multilingual Plane. */
function codePointLabel(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Whether any bidi control character is in `text`. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** The text cut into ordinary runs and bidi controls, in order; one text run when there is none. */
export function splitBidiControls(text: string): BidiSegment[] {
  if (!hasBidiControls(text)) return [{ kind: 'text', text }];
  const segments: BidiSegment[] = [];
  let start = 0;
  for (const match of text.matchAll(EVERY_BIDI_CONTROL)) {
    if (match.index > start) segments.push({ kind: 'text', text: text.slice(start, match.index) });
    segments.push({ kind: 'control', char: match[0], label: codePointLabel(match[0]) });
    start = match.index + 1;
  }
  if (start < text.length) segments.push({ kind: 'text', text: text.slice(start) });
  return segments;
}

/** The text with every bidi control written as a visible "⟨U+202E⟩". */
export function revealBidiControls(text: string): string {
  return hasBidiControls(text) ? text.replace(EVERY_BIDI_CONTROL, (char) => `⟨${codePointLabel(char)}⟩`) : text;
}

/**
 * JSON text with every bidi control written as its \u escape (RFC 8259 §7): the text still
 * parses to the same value, and reads in its real order. Outside strings JSON allows none
 * of these characters, so every one found is inside a string.
 */
export function escapeBidiControlsInJson(json: string): string {
  return hasBidiControls(json) ? json.replace(EVERY_BIDI_CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
