import type { Finding } from './finding-types';
import { RULES } from './findings-rules';
import {
  NUMERIC_DATE_CLAIMS,
  durationText,
  lifetimeSeconds,
  ownClaim,
  readTimeClaim,
  toRfc3339Utc,
  type TimeClaimView,
} from './time-claims';
import type { JsonObject, JsonValue } from '../core/json';

/** Findings about the NumericDate claims of a JWT Claims Set. */

interface TimeFindingOptions {
  /** Clock skew allowed for exp and nbf, in seconds. */
  leewaySeconds: number;
  /** Clock skew allowed before an iat counts as in the future, in seconds. */
  iatLeewaySeconds: number;
}

/**
 * A lifetime above this is reported. RFC 6819 §5.1.5.3 asks for short expiration times without
 * naming a number; one day is this tool's line between a session token and a long-lived one.
 */
const LONG_LIFETIME_SECONDS = 24 * 60 * 60;

/** The registered claims that must be NumericDates (RFC 7519 §4.1.4–§4.1.6). */
const REGISTERED_TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;

export function findTimeFindings(payload: JsonObject, now: Date, options: TimeFindingOptions): Finding[] {
  const findings: Finding[] = [];
  const views = new Map<string, TimeClaimView>();
  for (const name of NUMERIC_DATE_CLAIMS) {
    const view = readTimeClaim(name, ownClaim(payload, name), now);
    if (view === null) continue;
    // A value in milliseconds is judged as written (seconds, per RFC 7519 §2) in the
    // ms-timestamp message alone, not again as an expiry or start far in the future.
    if (view.looksLikeMilliseconds) findings.push(millisecondsFinding(view));
    else views.set(name, view);
  }

  for (const name of REGISTERED_TIME_CLAIMS) {
    const value = ownClaim(payload, name);
    if (value !== undefined && readTimeClaim(name, value, now) === null) {
      findings.push({
        code: 'invalid-numeric-date',
        severity: 'medium',
        message: `The ${name} claim is ${describeJsonValue(value)}, not a NumericDate (a JSON number of seconds), so verifiers either reject the token or ignore the claim.`,
        ...RULES.numericDate,
        claim: name,
      });
    }
  }

  const leewayMs = options.leewaySeconds * 1000;
  const exp = views.get('exp');
  if (!Object.hasOwn(payload, 'exp')) {
    findings.push({
      code: 'no-exp',
      severity: 'medium',
      message: 'The token has no exp claim, so nothing in it limits how long a leaked copy stays usable.',
      ...RULES.exp,
      claim: 'exp',
    });
  } else if (exp !== undefined && exp.relativeMs <= -leewayMs) {
    // RFC 7519 §4.1.4: the current time must be before exp; exp == now is already expired.
    findings.push({ code: 'expired', severity: 'high', message: expiredMessage(exp), ...RULES.exp, claim: 'exp' });
  }

  const nbf = views.get('nbf');
  if (nbf !== undefined && nbf.relativeMs > leewayMs) {
    // RFC 7519 §4.1.5: the current time must be on or after nbf; nbf == now is valid.
    findings.push({
      code: 'not-yet-valid',
      severity: 'medium',
      message: `The token is not valid until ${durationText(nbf.relativeMs)} from now (${at(nbf)}), so a verifier must reject it until then.`,
      ...RULES.nbf,
      claim: 'nbf',
    });
  }

  const iat = views.get('iat');
  if (iat !== undefined && iat.relativeMs > options.iatLeewaySeconds * 1000) {
    findings.push({
      code: 'iat-in-future',
      severity: 'low',
      message: `The token says it was issued ${durationText(iat.relativeMs)} from now (${at(iat)}), which points to a wrong clock at the issuer and makes some verifiers reject it.`,
      ...RULES.iat,
      claim: 'iat',
    });
  }

  const lifetime = lifetimeFinding(payload, views);
  if (lifetime !== null) findings.push(lifetime);
  return findings;
}

function expiredMessage(exp: TimeClaimView): string {
  if (exp.outOfRange) {
    return `The token expired before the earliest date a calendar can show (exp ${exp.seconds}), so a verifier must reject it.`;
  }
  if (exp.relativeMs === 0) {
    return `The token expires at this very instant (${at(exp)}), and a token must not be accepted on or after its exp.`;
  }
  return `The token expired ${durationText(exp.relativeMs)} ago (${at(exp)}), so a verifier must reject it.`;
}

function lifetimeFinding(payload: JsonObject, views: Map<string, TimeClaimView>): Finding | null {
  const seconds = lifetimeSeconds(payload);
  const exp = views.get('exp');
  // lifetimeSeconds starts from iat when it is a finite number, else from nbf; a start or an
  // exp in milliseconds is left out of `views`, and its lifetime is not judged.
  const iat = ownClaim(payload, 'iat');
  const start = typeof iat === 'number' && Number.isFinite(iat) ? views.get('iat') : views.get('nbf');
  if (seconds === null || seconds <= LONG_LIFETIME_SECONDS || exp === undefined || start === undefined) return null;
  return {
    code: 'long-lifetime',
    severity: 'low',
    message: `The token lives for ${durationText(seconds * 1000)} (from ${at(start)} to ${at(exp)}), so a leaked copy stays usable for that long.`,
    ...RULES.shortExpiration,
    claim: 'exp',
  };
}

function millisecondsFinding(view: TimeClaimView): Finding {
  const readAs = view.instant === null ? 'a date beyond any calendar' : `a date in the year ${view.instant.getUTCFullYear()}`;
  const effect =
    view.name === 'exp'
      ? ' and the token effectively never expires'
      : view.name === 'nbf'
        ? ' and will not accept the token until then'
        : '';
  const unit = view.finerReading?.unit ?? 'milliseconds';
  const intendedAt = view.finerReading?.instant;
  const intended = intendedAt ? ` (read as ${unit} it is ${toRfc3339Utc(intendedAt)})` : '';
  return {
    code: 'ms-timestamp',
    severity: 'medium',
    message: `The ${view.name} claim ${view.seconds} looks like ${unit}, but a NumericDate counts seconds, so a verifier reads it as ${readAs}${effect}${intended}.`,
    ...RULES.numericDate,
    claim: view.name,
  };
}

/** "exp 2011-03-22T18:43:00Z", or the raw number when it lies outside the calendar. */
function at(view: TimeClaimView): string {
  return `${view.name} ${view.iso ?? view.seconds}`;
}


/** A short, safe description of a JSON value for messages: `the string "1300819380"`, `an object`. */
export function describeJsonValue(value: JsonValue): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a number too large to represent';
  if (value === null || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
