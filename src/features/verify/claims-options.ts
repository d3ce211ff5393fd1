import type { ClaimsOptions } from '../../lib/verify';
import type { JsonObject } from '../../lib/core/json';

/** The claim-check controls as typed: text, so a half-typed value is never lost. */
export interface ClaimsForm {
  issuer: string;
  /** Comma-separated: a token may be accepted by several audiences (RFC 7519 §4.1.3). */
  audience: string;
  typ: string;
  requiredClaims: string;
  leewaySeconds: number;
  /** Seconds, empty for no limit. */
  maxAgeSeconds: string;
  /** `YYYY-MM-DDTHH:MM[:SS]` read as UTC, empty for the live clock. */
  nowUtc: string;
}

export const EMPTY_CLAIMS_FORM: ClaimsForm = { issuer: '', audience: '', typ: '', requiredClaims: '', leewaySeconds: 0, maxAgeSeconds: '', nowUtc: '' };

export const MAX_LEEWAY_SECONDS = 600;

/** A number of seconds in words, for screen readers and the slider's label: "2 minutes 30 seconds". */
export function durationText(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const part = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (minutes === 0) return part(seconds, 'second');
  return seconds === 0 ? part(minutes, 'minute') : `${part(minutes, 'minute')} ${part(seconds, 'second')}`;
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A `datetime-local` value read as UTC, or null when empty or not a date. */
export function parseUtcOverride(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/.test(text)) return null;
  const date = new Date(`${text}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The options for checkClaims; empty fields ask for no check. */
export function toClaimsOptions(form: ClaimsForm, liveNow: Date, header: JsonObject): ClaimsOptions {
  const options: ClaimsOptions = { now: parseUtcOverride(form.nowUtc) ?? liveNow, leewaySeconds: form.leewaySeconds, header };
  const issuer = form.issuer.trim();
  if (issuer !== '') options.issuer = issuer;
  const audience = list(form.audience);
  if (audience.length > 0) options.audience = audience;
  const typ = form.typ.trim();
  if (typ !== '') options.typ = typ;
  const required = list(form.requiredClaims);
  if (required.length > 0) options.requiredClaims = required;
  const maxAge = Number(form.maxAgeSeconds);
  if (form.maxAgeSeconds.trim() !== '' && Number.isFinite(maxAge) && maxAge >= 0) options.maxAgeSeconds = maxAge;
  return options;
}
