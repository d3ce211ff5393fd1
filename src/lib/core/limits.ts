// The sizes at which the app changes how it handles text, in one place. Each was found
// by measuring Chromium on a two-core machine (npm run bench); they are in characters,
// and base64url, JSON and PEM are one byte a character.

/**
 * A paste of this many characters or more is read away from the page's thread (or in
 * steps on it): finding, decoding and printing a token of megabytes takes longer than a
 * frame may. Below it a paste is read at once, as typing needs.
 */
export const LARGE_INPUT_CHARS = 250_000;

/**
 * Past this many characters a text field holds its text without laying it out. Chromium
 * takes about 0.4 ms a kilobyte to lay out the text of a textarea even unwrapped, and
 * about 2 ms wrapped: a 2 MB paste would hold up the page for seconds. Such a field
 * shows a summary instead, and the text itself on request.
 */
export const BULKY_CHARS = 100_000;

/** Past this many characters a JSON key is read away from typing; a few hundred keys take longer than a frame. */
export const LARGE_KEY_CHARS = 100_000;

/**
 * Past this length the coloured copy behind the token editor would double the cost of
 * laying out the text, and wrapping it costs three times as much as one long line: the
 * editor then shows plain, unwrapped text, and the panels keep the colours.
 */
export const HIGHLIGHT_LIMIT = 20_000;

/**
 * A block of a large JSON view ends after this many characters, and a longer line (a
 * claim holding a megabyte string) is cut into pieces of it: the browser lays out a
 * block whole, so a block must stay cheap to lay out.
 */
export const JSON_BLOCK_CHARS = 20_000;

/**
 * The most PBKDF2 iterations ("p2c", RFC 7518 §4.8.1.2) a PBES2 token may ask of the page.
 * The sender picks the count and the recipient pays for it: a token must not make the page
 * hash for minutes. A million iterations of PBKDF2-HMAC-SHA-512 took 0.65 s in Node 20 on
 * a two-core machine (SHA-256: 0.27 s), and the limit is well above the 600,000 OWASP's
 * Password Storage Cheat Sheet gives for PBKDF2-HMAC-SHA256, so honest senders stay under it.
 */
export const MAX_PBES2_COUNT = 1_000_000;
