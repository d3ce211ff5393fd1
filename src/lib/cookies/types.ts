import type { RuleCitation } from '../core/source';
import type { Result } from '../core/result';

/** A SameSite value browsers understand (6265bis §5.6.7). */
export type SameSiteValue = 'Strict' | 'Lax' | 'None';

/** Chromium's Priority attribute; Medium when absent. */
export type Priority = 'Low' | 'Medium' | 'High';

/**
 * What the parsing algorithm did with an attribute: `used` shapes the cookie; `ignored` is
 * skipped (a note says why); `overridden` was replaced by a later attribute of the same name
 * (or, for Expires, by Max-Age).
 */
type AttributeStatus = 'used' | 'ignored' | 'overridden';

interface AttributeCommon {
  /** The name as written (`max-age`, `HTTPONLY`). */
  name: string;
  /** The value as written, without surrounding whitespace; '' when there is none. */
  value: string;
  /** Whether it was written with '=' (`Secure=false` was; `Secure` was not). */
  hasValue: boolean;
  status: AttributeStatus;
}

/** One attribute, in the order given, with the value the algorithm reads from it. */
export type CookieAttribute =
  /** The instant by §5.1.1; null when it is no cookie date (ignored). */
  | (AttributeCommon & { kind: 'expires'; expires: Date | null })
  /** Whole seconds, negative allowed; null when it is not an integer (ignored). */
  | (AttributeCommon & { kind: 'max-age'; seconds: number | null })
  /** Lower-cased, one leading dot removed; '' leaves the cookie host-only. */
  | (AttributeCommon & { kind: 'domain'; domain: string })
  /** null when the value is empty or does not start with '/': the default path applies. */
  | (AttributeCommon & { kind: 'path'; path: string | null })
  | (AttributeCommon & { kind: 'secure' })
  | (AttributeCommon & { kind: 'httponly' })
  /** 'invalid' counts as no SameSite at all, overriding an earlier valid one. */
  | (AttributeCommon & { kind: 'samesite'; sameSite: SameSiteValue | 'invalid' })
  | (AttributeCommon & { kind: 'partitioned' })
  | (AttributeCommon & { kind: 'priority'; priority: Priority | 'invalid' })
  /** Any other name: kept, and ignored by browsers. */
  | (AttributeCommon & { kind: 'unknown' });

export type AttributeKind = CookieAttribute['kind'];

/** The cookie the attributes add up to, as the parsing algorithm leaves it (before the response URL is known). */
export interface CookieSettings {
  /** From the last valid Expires, as given (the 400-day cap applies when the cookie is stored); null without one, or when Max-Age overrides it. */
  expires: Date | null;
  /** From the last valid Max-Age, in seconds as given; null without one. Max-Age wins over Expires. */
  maxAgeSeconds: number | null;
  /** From the last Domain attribute; null when there is none or it is empty: a host-only cookie. */
  domain: string | null;
  /** From the last Path attribute; null when there is none or it is not a path: the default path of the response URL. */
  path: string | null;
  secure: boolean;
  httpOnly: boolean;
  /** 'Default' when there is no SameSite, or the last one is not Strict, Lax or None (6265bis §5.6.7). */
  sameSite: SameSiteValue | 'Default';
  partitioned: boolean;
  /** null when absent or invalid: Chromium's default, Medium. */
  priority: Priority | null;
}

export type ParseNoteCode =
  | 'too-large'
  | 'non-ascii-domain'
  | 'no-equals'
  | 'quoted-value'
  | 'folded'
  | 'attribute-too-long'
  | 'invalid-expires'
  | 'invalid-max-age'
  | 'max-age-not-positive'
  | 'empty-domain'
  | 'leading-dot'
  | 'invalid-path'
  | 'flag-value-ignored'
  | 'invalid-samesite'
  | 'invalid-priority'
  | 'unknown-attribute'
  | 'overridden'
  | 'max-age-wins';

/**
 * What a note means for the cookie: `cookie-ignored` — browsers drop the whole line;
 * `attribute-ignored` / `attribute-overridden` — one attribute has no effect; `info` — worth knowing.
 */
export type NoteEffect = 'cookie-ignored' | 'attribute-ignored' | 'attribute-overridden' | 'info';

export interface ParseNote extends RuleCitation {
  code: ParseNoteCode;
  effect: NoteEffect;
  /** One sentence, specific to this cookie. */
  message: string;
  /** Index in `attributes` of the attribute concerned. */
  attribute?: number;
}

export interface ParsedCookie {
  /** The set-cookie-string: the line without `Set-Cookie:` and surrounding whitespace. */
  source: string;
  /** Name and value, whitespace around them removed (6265bis §5.6 step 4). */
  name: string;
  value: string;
  attributes: CookieAttribute[];
  settings: CookieSettings;
  notes: ParseNote[];
}

export type CookieParseErrorCode =
  /** Nothing to read: no name and no value (6265bis §5.7), or nothing after `Set-Cookie:`. */
  | 'empty'
  /** A control character other than tab: browsers ignore the line (6265bis §5.6 step 1). */
  | 'control-character'
  /** A header line other than Set-Cookie, such as a request's `Cookie:`. */
  | 'other-header';

export interface CookieParseError extends RuleCitation {
  code: CookieParseErrorCode;
  /** One sentence: what is wrong and where. */
  message: string;
  /** Offset in the set-cookie-string, for control characters. */
  offset?: number;
}

export type CookieParseResult = Result<ParsedCookie, CookieParseError>;
