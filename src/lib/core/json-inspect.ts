interface JsonInspection {
  /** Member names that appear twice in one object: JSON.parse keeps only the last. */
  duplicateMembers: string[];
  /** Number literals a JavaScript number cannot hold exactly, as written. */
  impreciseNumbers: string[];
}

// The lexical tokens of RFC 8259; the text is known to be valid JSON when this runs.
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[{}[\],:]/g;
const MAX_REPORTED = 20;

/** Whether an IEEE 754 double holds this literal's value exactly (RFC 8259 §6). */
function isExact(literal: string): boolean {
  if (/^-?\d+$/.test(literal)) return Number.isSafeInteger(Number(literal)) || /^-?0+$/.test(literal);
  // 17 significant digits round-trip through a double; more may not.
  const digits = literal.replace(/[eE].*$/, '').replace(/[-.]/g, '').replace(/^0+/, '');
  return digits.length <= 17;
}

/**
 * What JSON.parse hides: duplicate member names (RFC 7515 §5.2 and RFC 7519 §4 require a
 * token to have none, and parsers disagree on which one wins) and numbers too large or
 * too precise for a JavaScript number.
 */
export function inspectJson(text: string): JsonInspection {
  const duplicates = new Set<string>();
  const imprecise: string[] = [];
  // One set of names for each open object; null for an open array.
  const open: (Set<string> | null)[] = [];
  let expectName = false;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const first = token[0];
    if (first === '{') {
      open.push(new Set());
      expectName = true;
    } else if (first === '[') {
      open.push(null);
      expectName = false;
    } else if (first === '}' || first === ']') {
      open.pop();
      expectName = false;
    } else if (first === ',') {
      expectName = open[open.length - 1] instanceof Set;
    } else if (first === ':') {
      expectName = false;
    } else if (first === '"') {
      if (!expectName) continue;
      const names = open[open.length - 1];
      const name = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
      if (names?.has(name)) duplicates.add(name);
      else names?.add(name);
      expectName = false;
    } else if (imprecise.length < MAX_REPORTED && !isExact(token)) {
      imprecise.push(token);
    }
  }
  return { duplicateMembers: [...duplicates].slice(0, MAX_REPORTED), impreciseNumbers: imprecise };
}
