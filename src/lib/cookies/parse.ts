import { readAttribute, resolveAttributes } from './attributes';
import { COOKIE_RULES, MAX_NAME_VALUE_BYTES } from './rules';
import { characterName, shown, trimWsp, utf8Length } from './text';
import type { CookieAttribute, CookieParseResult, ParseNote } from './types';

/** `Set-Cookie:` in any case, after an optional `<` as curl -v marks response lines. */
export const SET_COOKIE_PREFIX = /^(?:<[ \t]*)?set-cookie[ \t]*:/i;

/** Another header's `Name: value` (RFC 9110 token, then a colon and a space). */
export const OTHER_HEADER = /^(?:[<>][ \t]*)?([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]/;

/** `, name=` inside a line: two Set-Cookie fields joined with a comma, as fetch's Headers.get joins them. */
const FOLDED = /,[ \t]*[!#$%&'*+.^_`|~0-9A-Za-z-]+=/;

/**
 * Parses one Set-Cookie line — `Set-Cookie: a=b; Path=/` or the value alone — by the parsing
 * algorithm of 6265bis §5.6. Whitespace around the line is ignored. Never throws.
 *
 * A name-value pair without '=' is a cookie with an empty name, as the draft reads it (§5.6
 * step 3); a note says so. A line browsers ignore entirely for its size or its Domain is still
 * returned, with a `cookie-ignored` note, so that it can be explained.
 */
export function parseSetCookie(text: string): CookieParseResult {
  const line = text.trim();
  const prefix = SET_COOKIE_PREFIX.exec(line);
  if (!prefix) {
    const header = OTHER_HEADER.exec(line);
    if (header) return otherHeader(header[1]!);
  }
  const source = prefix ? line.slice(prefix[0].length).trim() : line;
  if (source === '') {
    return { ok: false, error: { code: 'empty', message: prefix ? 'There is no cookie after "Set-Cookie:".' : 'There is no cookie to read.', ...COOKIE_RULES.parsing } };
  }
  // §5.6 step 1: a control character other than HTAB makes browsers ignore the line.
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if ((code <= 0x1f && code !== 0x09) || code === 0x7f) {
      return {
        ok: false,
        error: {
          code: 'control-character',
          message: `Browsers ignore this line: it holds the control character ${characterName(source[i]!)} at offset ${i}.`,
          offset: i,
          ...COOKIE_RULES.parsing,
        },
      };
    }
  }
  // §5.6 steps 2–4: the name-value pair ends at the first ';' and splits at its first '='.
  const semicolon = source.indexOf(';');
  const pair = semicolon < 0 ? source : source.slice(0, semicolon);
  const eq = pair.indexOf('=');
  const name = trimWsp(eq < 0 ? '' : pair.slice(0, eq));
  const value = trimWsp(eq < 0 ? pair : pair.slice(eq + 1));
  // §5.7: no name and no value is no cookie.
  if (name === '' && value === '') {
    return { ok: false, error: { code: 'empty', message: 'Browsers ignore this line: it has neither a cookie name nor a value before the first ";".', ...COOKIE_RULES.storage } };
  }

  const notes: ParseNote[] = [];
  const bytes = utf8Length(name) + utf8Length(value);
  // §5.6 step 5.
  if (bytes > MAX_NAME_VALUE_BYTES) {
    notes.push({ code: 'too-large', effect: 'cookie-ignored', message: `Browsers ignore this whole line: name and value add up to ${bytes} bytes, more than ${MAX_NAME_VALUE_BYTES}.`, ...COOKIE_RULES.parsing });
  }
  if (eq < 0) {
    notes.push({
      code: 'no-equals',
      effect: 'info',
      message: `There is no "=" before the first ";", so browsers store a cookie with an empty name and the value "${shown(value)}" (RFC 6265 and many server libraries ignore such a line instead).`,
      ...COOKIE_RULES.parsing,
    });
  }
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    notes.push({ code: 'quoted-value', effect: 'info', message: 'The double quotes are part of the value: browsers store and send them as they are.', ...COOKIE_RULES.parsing });
  }
  if (FOLDED.test(source)) {
    notes.push({
      code: 'folded',
      effect: 'info',
      message: 'The line holds ", name=", like several Set-Cookie fields joined with commas, yet browsers read it as one cookie: send each cookie in a Set-Cookie field of its own.',
      ...COOKIE_RULES.noFolding,
    });
  }

  const attributes: CookieAttribute[] = [];
  // §5.6: each cookie-av runs to the next ';'.
  const unparsed = semicolon < 0 ? [] : source.slice(semicolon + 1).split(';');
  for (const cookieAv of unparsed) {
    const attribute = readAttribute(cookieAv, attributes.length, notes);
    if (attribute) attributes.push(attribute);
  }
  const settings = resolveAttributes(attributes, notes);
  // Notes about the line first, then by attribute (a stable sort keeps each one's order).
  notes.sort((a, b) => (a.attribute ?? -1) - (b.attribute ?? -1));
  return { ok: true, value: { source, name, value, attributes, settings, notes } };
}

function otherHeader(name: string): CookieParseResult {
  const message =
    name.toLowerCase() === 'cookie'
      ? 'This is a Cookie request header, which lists the cookies a browser sends; paste the Set-Cookie response header that set them.'
      : `This is a ${name} header, not Set-Cookie.`;
  return { ok: false, error: { code: 'other-header', message, ...COOKIE_RULES.setCookie } };
}
