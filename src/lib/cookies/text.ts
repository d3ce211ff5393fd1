/** Small text helpers shared by the cookie modules. */

const encoder = new TextEncoder();

/** Length in UTF-8 bytes: the octets the cookie limits of 6265bis count. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** 6265bis §5.6 step 4 and §5.6 attribute step 5: only SP and HTAB are trimmed. */
export function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

/** Text quoted for a message, cut short when long. */
export function shown(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A character as a reader can see it: printable ASCII as itself, anything else by code point. */
export function characterName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return JSON.stringify(character);
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** ['a'] → 'a'; ['a', 'b', 'c'] → 'a, b and c'. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
