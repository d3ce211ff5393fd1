import { parseCookieDate } from './cookie-date';
import { COOKIE_RULES, MAX_ATTRIBUTE_VALUE_BYTES } from './rules';
import { shown, trimWsp, utf8Length } from './text';
import type { AttributeKind, CookieAttribute, CookieSettings, ParseNote, Priority, SameSiteValue } from './types';

/** Attribute names browsers know, lower-cased (6265bis §5.6.1–§5.6.7; Partitioned and Priority from MDN). */
const KNOWN: Record<string, Exclude<AttributeKind, 'unknown'>> = {
  expires: 'expires',
  'max-age': 'max-age',
  domain: 'domain',
  path: 'path',
  secure: 'secure',
  httponly: 'httponly',
  samesite: 'samesite',
  partitioned: 'partitioned',
  priority: 'priority',
};

/** Misspellings and retired attributes seen in the wild, with what to say about them. */
const UNKNOWN_HINTS: Record<string, string> = {
  maxage: 'did you mean Max-Age?',
  max_age: 'did you mean Max-Age?',
  expire: 'did you mean Expires?',
  expiry: 'did you mean Expires?',
  expiration: 'did you mean Expires?',
  'http-only': 'did you mean HttpOnly?',
  http_only: 'did you mean HttpOnly?',
  'same-site': 'did you mean SameSite?',
  same_site: 'did you mean SameSite?',
  comment: 'Comment belonged to RFC 2109 and no browser reads it',
  version: 'Version belonged to RFC 2109 and no browser reads it',
  commenturl: 'CommentURL belonged to RFC 2965 and no browser reads it',
  discard: 'Discard belonged to RFC 2965 and no browser reads it',
  port: 'Port belonged to RFC 2965 and no browser reads it',
};

const SAME_SITE: Record<string, SameSiteValue> = { strict: 'Strict', lax: 'Lax', none: 'None' };
const PRIORITY: Record<string, Priority> = { low: 'Low', medium: 'Medium', high: 'High' };

function written(attribute: { name: string; value: string; hasValue: boolean }): string {
  return shown(attribute.hasValue ? `${attribute.name}=${attribute.value}` : attribute.name);
}

/**
 * Reads one cookie-av (6265bis §5.6, the attribute steps): split at the first '=', trim, skip a
 * value over 1024 bytes, then read it by name. Returns null for an empty cookie-av (`a=b;;`).
 */
export function readAttribute(cookieAv: string, index: number, notes: ParseNote[]): CookieAttribute | null {
  const eq = cookieAv.indexOf('=');
  const name = trimWsp(eq < 0 ? cookieAv : cookieAv.slice(0, eq));
  const value = trimWsp(eq < 0 ? '' : cookieAv.slice(eq + 1));
  if (name === '' && value === '') return null;
  const common = { name, value, hasValue: eq >= 0, status: 'used' as const };
  const kind = KNOWN[name.toLowerCase()] ?? 'unknown';
  const note = (code: ParseNote['code'], effect: ParseNote['effect'], message: string, rule: keyof typeof COOKIE_RULES) =>
    notes.push({ code, effect, message, ...COOKIE_RULES[rule], attribute: index });

  if (kind !== 'unknown' && utf8Length(value) > MAX_ATTRIBUTE_VALUE_BYTES) {
    note('attribute-too-long', 'attribute-ignored', `The ${name} value is ${utf8Length(value)} bytes, more than the 1024 browsers read, so they ignore the whole attribute.`, 'parsing');
    return ignored(kind, common);
  }

  switch (kind) {
    case 'expires': {
      const expires = parseCookieDate(value);
      if (expires === null) {
        note('invalid-expires', 'attribute-ignored', `${written(common)} is not a date browsers can read, so they ignore it; write an HTTP date such as "Wed, 09 Jun 2021 10:18:14 GMT".`, 'dates');
        return { ...common, kind, expires, status: 'ignored' };
      }
      return { ...common, kind, expires };
    }
    case 'max-age': {
      // §5.6.2: a DIGIT, or "-" and a DIGIT, then DIGITs only.
      if (!/^-?\d+$/.test(value)) {
        note('invalid-max-age', 'attribute-ignored', `${written(common)} is not a whole number of seconds, so browsers ignore it.`, 'maxAge');
        return { ...common, kind, seconds: null, status: 'ignored' };
      }
      const seconds = Number(value) || 0;
      if (seconds <= 0) {
        note('max-age-not-positive', 'info', `${written(common)} makes the cookie expire at once: the line deletes any cookie of this name, domain and path.`, 'maxAge');
      }
      return { ...common, kind, seconds };
    }
    case 'domain': {
      // §5.6.3: one leading dot removed, then lower-cased.
      const domain = (value.startsWith('.') ? value.slice(1) : value).toLowerCase();
      if (domain === '') {
        note('empty-domain', 'info', `${written(common)} has no domain, so the cookie stays host-only, as if there were no Domain; being the later one it also cancels an earlier Domain (RFC 6265 ignored it instead).`, 'domain');
      } else if (value.startsWith('.')) {
        note('leading-dot', 'info', `The leading dot of ${written(common)} is ignored: the cookie goes to ${domain} and its subdomains either way.`, 'mdnDomain');
      }
      return { ...common, kind, domain };
    }
    case 'path': {
      // §5.6.4: a value that is empty or does not start with '/' means the default path.
      if (!value.startsWith('/')) {
        note('invalid-path', 'info', `${written(common)} does not start with "/", so browsers use the default path instead: the directory of the URL that set the cookie.`, 'path');
        return { ...common, kind, path: null };
      }
      return { ...common, kind, path: value };
    }
    case 'secure':
    case 'httponly':
    case 'partitioned':
      if (common.hasValue) {
        note('flag-value-ignored', 'info', `${written(common)} still sets ${name}: browsers ignore any value given to it.`, kind === 'secure' ? 'secure' : kind === 'httponly' ? 'httpOnly' : 'mdnPartitioned');
      }
      return { ...common, kind };
    case 'samesite': {
      // §5.6.7: anything but None, Strict or Lax (any case) leaves the enforcement "Default".
      const sameSite = SAME_SITE[value.toLowerCase()] ?? 'invalid';
      if (sameSite === 'invalid') {
        note('invalid-samesite', 'info', `${written(common)} is not Strict, Lax or None, so browsers treat the cookie as if it had no SameSite at all.`, 'sameSite');
      }
      return { ...common, kind, sameSite };
    }
    case 'priority': {
      const priority = PRIORITY[value.toLowerCase()] ?? 'invalid';
      if (priority === 'invalid') {
        note('invalid-priority', 'attribute-ignored', `${written(common)} is not Low, Medium or High, so Chromium ignores it (other browsers ignore Priority altogether).`, 'mdnSetCookie');
        return { ...common, kind, priority, status: 'ignored' };
      }
      return { ...common, kind, priority };
    }
    case 'unknown': {
      const hint = UNKNOWN_HINTS[name.toLowerCase()];
      note('unknown-attribute', 'attribute-ignored', `Browsers ignore the unknown attribute ${written(common)}${hint ? `: ${hint}` : ''}.`, 'parsing');
      return { ...common, kind, status: 'ignored' };
    }
  }
}

function ignored(kind: AttributeKind, common: { name: string; value: string; hasValue: boolean }): CookieAttribute {
  const base = { ...common, status: 'ignored' as const };
  switch (kind) {
    case 'expires':
      return { ...base, kind, expires: null };
    case 'max-age':
      return { ...base, kind, seconds: null };
    case 'domain':
      return { ...base, kind, domain: '' };
    case 'path':
      return { ...base, kind, path: null };
    case 'samesite':
      return { ...base, kind, sameSite: 'invalid' };
    case 'priority':
      return { ...base, kind, priority: 'invalid' };
    case 'secure':
    case 'httponly':
    case 'partitioned':
    case 'unknown':
      return { ...base, kind };
  }
}

/** Attributes of which the last one wins (6265bis §5.7 reads "the last attribute" of each name). */
const LAST_WINS: readonly AttributeKind[] = ['expires', 'max-age', 'domain', 'path', 'samesite', 'priority'];

/**
 * Marks the attributes that a later one replaces, notes Max-Age winning over Expires (6265bis
 * §5.7; fact: Max-Age wins over Expires), and returns the settings the used attributes add up to.
 */
export function resolveAttributes(attributes: CookieAttribute[], notes: ParseNote[]): CookieSettings {
  for (const kind of LAST_WINS) {
    const used = attributes.flatMap((a, i) => (a.kind === kind && a.status === 'used' ? [i] : []));
    const last = used.pop();
    if (last === undefined) continue;
    const winner = attributes[last]!;
    for (const i of used) {
      const loser = attributes[i]!;
      loser.status = 'overridden';
      notes.push({
        code: 'overridden',
        effect: 'attribute-overridden',
        message: `${written(loser)} is replaced by the later ${written(winner)}: when an attribute is repeated, the last one wins.`,
        ...COOKIE_RULES.storage,
        attribute: i,
      });
    }
  }
  const maxAge = findUsed(attributes, 'max-age');
  const expires = findUsed(attributes, 'expires');
  if (maxAge && expires) {
    expires.attribute.status = 'overridden';
    notes.push({
      code: 'max-age-wins',
      effect: 'attribute-overridden',
      message: `${written(expires.attribute)} is ignored because the cookie also has ${written(maxAge.attribute)}, and Max-Age wins over Expires.`,
      ...COOKIE_RULES.storage,
      attribute: expires.index,
    });
  }
  const domain = findUsed(attributes, 'domain');
  // §5.7: a Domain beyond ASCII makes browsers ignore the cookie.
  if (domain && /[^\x20-\x7e]/.test(domain.attribute.domain)) {
    notes.push({
      code: 'non-ascii-domain',
      effect: 'cookie-ignored',
      message: `${written(domain.attribute)} has characters beyond ASCII, so browsers ignore the whole cookie; write the domain in its ASCII (punycode) form.`,
      ...COOKIE_RULES.storage,
      attribute: domain.index,
    });
  }
  const sameSite = findUsed(attributes, 'samesite')?.attribute.sameSite;
  const priority = findUsed(attributes, 'priority')?.attribute.priority;
  const has = (kind: AttributeKind) => attributes.some((a) => a.kind === kind && a.status === 'used');
  return {
    expires: expires && !maxAge ? expires.attribute.expires : null,
    maxAgeSeconds: maxAge?.attribute.seconds ?? null,
    domain: domain && domain.attribute.domain !== '' ? domain.attribute.domain : null,
    path: findUsed(attributes, 'path')?.attribute.path ?? null,
    secure: has('secure'),
    httpOnly: has('httponly'),
    sameSite: sameSite === undefined || sameSite === 'invalid' ? 'Default' : sameSite,
    partitioned: has('partitioned'),
    priority: priority === undefined || priority === 'invalid' ? null : priority,
  };
}

/** The used attribute of a kind, if any (after resolving, at most one of each last-wins kind is used). */
function findUsed<K extends AttributeKind>(
  attributes: CookieAttribute[],
  kind: K,
): { attribute: Extract<CookieAttribute, { kind: K }>; index: number } | undefined {
  for (let i = attributes.length - 1; i >= 0; i--) {
    const attribute = attributes[i]!;
    if (attribute.kind === kind && attribute.status === 'used') {
      return { attribute: attribute as Extract<CookieAttribute, { kind: K }>, index: i };
    }
  }
  return undefined;
}
