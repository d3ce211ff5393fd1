/**
 * The cookie-date algorithm of 6265bis §5.1.1: how browsers read an Expires value. It is far
 * more lenient than HTTP-date: tokens are taken in any order, the first time, day, month and
 * year that fit win, and anything else is skipped.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The productions of §5.1.1, each matched against a whole date-token. DIGIT is ASCII 0-9,
// as \d is in JavaScript; "non-digit *OCTET" is any tail that starts with a non-digit.
const TIME = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D[\s\S]*)?$/;
const DAY_OF_MONTH = /^(\d{1,2})(?:\D[\s\S]*)?$/;
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const YEAR = /^(\d{2,4})(?:\D[\s\S]*)?$/;

/** §5.1.1: delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E. */
function isDelimiter(code: number): boolean {
  return (
    code === 0x09 ||
    (code >= 0x20 && code <= 0x2f) ||
    (code >= 0x3b && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** §5.1.1 step 1: the runs of non-delimiters. Characters beyond ASCII are non-delimiters, as their UTF-8 octets are. */
export function dateTokens(text: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const delimiter = i === text.length || isDelimiter(text.charCodeAt(i));
    if (delimiter && start >= 0) {
      tokens.push(text.slice(start, i));
      start = -1;
    } else if (!delimiter && start < 0) {
      start = i;
    }
  }
  return tokens;
}

/** Reads a cookie date (6265bis §5.1.1); null when browsers would fail to parse it. Always UTC. */
export function parseCookieDate(text: string): Date | null {
  let time: [number, number, number] | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  // Step 2: each token fills the first still-empty field it fits, in this order.
  for (const token of dateTokens(text)) {
    let match: RegExpExecArray | null;
    if (time === null && (match = TIME.exec(token))) {
      time = [Number(match[1]), Number(match[2]), Number(match[3])];
    } else if (day === null && (match = DAY_OF_MONTH.exec(token))) {
      day = Number(match[1]);
    } else if (month === null && (match = MONTH.exec(token))) {
      month = MONTHS.indexOf(match[1]!.toLowerCase());
    } else if (year === null && (match = YEAR.exec(token))) {
      year = Number(match[1]);
    }
  }
  if (time === null || day === null || month === null || year === null) return null;
  // Steps 3 and 4: two-digit years; 70-99 are 1970-1999, 0-69 are 2000-2069.
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  // Step 5.
  const [hour, minute, second] = time;
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return null;
  // Step 6: a date that does not exist (30 February) fails too.
  const ms = Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(ms);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  return date;
}
