import { prettyJson, rememberPrettyJson } from '../core/cached-stringify';
import { decodeToken, rememberDecoded } from './decode';
import { findToken, type FoundToken } from './extract';
import { rememberSensitiveClaims } from './findings';
import { findSensitiveClaims, type SensitiveClaim } from './sensitive-claims';
import { runSteps, type Steps } from '../core/steps';
import type { DecodeResult, DecodedJws } from './types';
import type { JsonObject } from '../core/json';


/** Everything the decoder works out from a pasted text before it shows the token. */
export interface InputReading {
  found: FoundToken | null;
  /** `found.text` decoded. */
  result: DecodeResult | null;
  /** The JSON payload's value, indented as the payload panel shows it. */
  pretty: string | null;
  /** Claims of the JSON payload that look like secrets. */
  sensitive: SensitiveClaim[] | null;
}

function jsonPayload(result: DecodeResult): Extract<DecodedJws['payload'], { type: 'json' }> | null {
  return result.ok && result.value.type !== 'JWE' && result.value.payload.type === 'json' ? result.value.payload : null;
}

/**
 * Reads a pasted text one step at a time: find the token, decode it, print its payload,
 * look for secrets in it. The pauses let a caller on the page's thread give it back to
 * the browser between steps; a worker runs it straight through.
 */
export function* readInput(input: string): Steps<InputReading> {
  const found = findToken(input);
  if (!found) return { found, result: null, pretty: null, sensitive: null };
  yield;
  const result = decodeToken(found.text);
  const payload = jsonPayload(result);
  if (!payload) return { found, result, pretty: null, sensitive: null };
  yield;
  const pretty = prettyJson(payload.value, payload.text);
  yield;
  return { found, result, pretty, sensitive: findSensitiveClaims(payload.value) };
}

/** Reads a pasted text at once. */
export function readInputNow(input: string): InputReading {
  return runSteps(readInput(input));
}

/**
 * A reading as a worker posts it, without copies of what the page holds already: the
 * token and its segments are spans of the pasted text, cut again on arrival, and a JSON
 * payload goes as its text alone, which the page parses again faster than it could take
 * the decoded object graph apart from a message.
 */
export interface PortableReading extends InputReading {
  /** `found.text` was left out: it is the span of the input from `found.start` to `found.end`. */
  textFromInput: boolean;
  /** `found.token` was left out: it is `found.text` without whitespace, as `findToken` makes it. */
  tokenFromText: boolean;
  /** The segments' texts were left out: they are `found.text` cut at its dots. */
  segmentsFromText: boolean;
  /** The payload was sent as text: it is JSON to parse again. */
  payloadAsText: boolean;
}

function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

function withoutSegmentTexts(result: DecodeResult, text: string): DecodeResult | null {
  if (!result.ok) return null;
  const parts = text.split('.');
  if (!result.value.segments.every((segment, i) => segment.text === parts[i])) return null;
  const segments = result.value.segments.map((segment) => ({ ...segment, text: '' }));
  return { ok: true, value: { ...result.value, segments } };
}

function withoutPayloadValue(result: DecodeResult): DecodeResult | null {
  const payload = jsonPayload(result);
  if (!result.ok || !payload || result.value.type === 'JWE') return null;
  return { ok: true, value: { ...result.value, payload: { type: 'text', text: payload.text } } };
}

/** The reading of `input` as a worker posts it back to the page that holds `input`. */
export function toPortable(reading: InputReading, input: string): PortableReading {
  const { found } = reading;
  const textFromInput = found !== null && found.text === input.slice(found.start, found.end);
  const tokenFromText = found !== null && found.token === withoutWhitespace(found.text);
  // The decoded result is shared through the decoder's cache: copied, never changed.
  let result = reading.result;
  const withoutTexts = result && found && withoutSegmentTexts(result, found.text);
  if (withoutTexts) result = withoutTexts;
  const withoutValue = result && withoutPayloadValue(result);
  if (withoutValue) result = withoutValue;
  const sentFound = found && { ...found, text: textFromInput ? '' : found.text, token: tokenFromText ? '' : found.token };
  return { ...reading, found: sentFound, result, textFromInput, tokenFromText, segmentsFromText: withoutTexts != null, payloadAsText: withoutValue != null };
}

/** A posted reading made whole again with the `input` it was read from. */
export function fromPortable(portable: PortableReading, input: string): InputReading {
  const { textFromInput, tokenFromText, segmentsFromText, payloadAsText, ...reading } = portable;
  let { found, result } = reading;
  if (found) {
    const text = textFromInput ? input.slice(found.start, found.end) : found.text;
    found = { ...found, text, token: tokenFromText ? withoutWhitespace(text) : found.token };
  }
  if (result?.ok && found && segmentsFromText) {
    const parts = found.text.split('.');
    result = { ok: true, value: { ...result.value, segments: result.value.segments.map((segment, i) => ({ ...segment, text: parts[i] ?? '' })) } };
  }
  if (result?.ok && payloadAsText && result.value.type !== 'JWE' && result.value.payload.type === 'text') {
    const { text } = result.value.payload;
    // The worker parsed this very text into an object already: it is valid JSON.
    const value = JSON.parse(text) as JsonObject;
    result = { ok: true, value: { ...result.value, payload: { type: 'json', value, text } } };
  }
  return { ...reading, found, result };
}

/**
 * Hands a reading to the caches the decoder's views read through, so that showing the
 * token finds it decoded, printed and searched already.
 */
export function rememberReading(reading: InputReading): void {
  const { found, result, pretty, sensitive } = reading;
  if (!found || !result) return;
  rememberDecoded(found.text, result);
  const payload = jsonPayload(result);
  if (!payload) return;
  if (pretty !== null) rememberPrettyJson(payload.value, pretty);
  if (sensitive !== null) rememberSensitiveClaims(payload.value, sensitive);
}
