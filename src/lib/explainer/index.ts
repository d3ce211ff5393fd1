/**
 * Logic and data for the explainer "Server-side sessions vs JWTs": pure, no React, no DOM.
 * Times are whole seconds: NumericDates in the flows, seconds after sign-in in the
 * simulator. Results that can fail are unions with stable codes; tests assert on codes.
 */

// Sections
export {
  /** The sections in reading order, each { slug, title }; a slug is an element id and a link fragment. */
  EXPLAINER_SECTIONS,
  /** Whether text (a fragment without '#') names a section. */
  isSectionSlug,
} from './sections';
export type { SectionSlug } from './sections';

// Sources
export {
  /** Every document the explainer cites, as { source, sourceUrl }; drafts by section name. */
  SOURCES,
} from './sources';
export type { Source } from './sources';

// Example values shared by the flows and the size comparison
export {
  /** app, auth and api origins, all on example.com. */
  EXAMPLE_ORIGINS,
  EXAMPLE_CLIENT_ID,
  EXAMPLE_USER_ID,
  /** 2025-06-02T09:00:00Z as a NumericDate. */
  EXAMPLE_SIGN_IN_AT,
  /** '__Host-session'. */
  SESSION_COOKIE_NAME,
  /** 43 base64url characters: 32 random bytes. */
  EXAMPLE_SESSION_ID,
  SESSION_ID_BYTES,
  /** The published HS256 key of the example tokens, base64url; for the verifier, never for real use. */
  EXAMPLE_HS256_SECRET,
  /** { alg: 'HS256', typ: 'at+jwt', kid }. */
  ACCESS_TOKEN_HEADER,
  /** 600 s and 28,800 s: BBA's worked example. */
  EXAMPLE_ACCESS_TOKEN_LIFETIME,
  EXAMPLE_REFRESH_TOKEN_LIFETIME,
  /** The access token issued at sign-in: { header, claims, token }. */
  FIRST_ACCESS_TOKEN,
  /** The access token the refresh at 09:15 issues. */
  REFRESHED_ACCESS_TOKEN,
  /** The opaque refresh tokens: first, and rotated. */
  EXAMPLE_REFRESH_TOKENS,
  /** Code, state, PKCE verifier and challenge, redirect URI. */
  EXAMPLE_AUTHORIZATION,
} from './example-values';
export type { AccessTokenClaims, ExampleAccessToken } from './example-values';

// HTTP messages
export {
  /** The request as HTTP/1.1 text, CRLF line ends. */
  formatRequest,
  /** The response as HTTP/1.1 text. */
  formatResponse,
  requestLine,
  statusLine,
  /** "Name: value". */
  fieldLine,
  /** Bytes of text as UTF-8. */
  byteLength,
  /** Bytes of the whole request as HTTP/1.1. */
  requestByteLength,
  /** A header's value, case-insensitively. */
  headerValue,
  headerValues,
  /** A NumericDate as IMF-fixdate. */
  httpDate,
} from './http-message';
export type { HeaderField, HttpRequest, HttpResponse } from './http-message';

// Flows
export {
  /** The six flows: login, request and logout, each as a session and as JWTs. */
  FLOWS,
  /** The flow of a model ('session' | 'jwt') and kind ('login' | 'request' | 'logout'). */
  findFlow,
  /** A step and its flow by the step's slug, e.g. 'jwt-logout-3'. */
  findStep,
  /** Bytes of each request the browser sends in a flow, and of its credential field. */
  browserRequestSizes,
} from './flows';
export type { BrowserRequestSize } from './flows';
export {
  /** The participants, in lane order, with their roles. */
  ACTORS,
} from './flow-types';
export type { Actor, ActorId, Exchange, Flow, FlowKind, FlowStep, HttpExchange, Model, StoreExchange } from './flow-types';
export {
  /** The session cookie as set at login, and as cleared at logout. */
  SESSION_SET_COOKIE,
  SESSION_CLEAR_COOKIE,
  /** 1,800 s idle and 28,800 s absolute (OWASP, "Session Expiration"). */
  SESSION_IDLE_TIMEOUT,
  SESSION_ABSOLUTE_TIMEOUT,
} from './flows-session';
export {
  /** The deny-list key of a token: its iss and jti, never the token text. */
  denyListKey,
} from './flows-jwt';

// Revocation windows
export {
  /** How long stolen credentials work after logout, as numbers and timeline bars; a union with error codes. */
  simulateRevocation,
  /** BBA's example inputs: 10-minute access token, 8-hour rotating refresh family, logout at 65 minutes. */
  BBA_EXAMPLE,
  /** The timeline's lanes, top to bottom, with titles. */
  TIMELINE_LANES,
} from './revocation-window';
export type {
  EndReason,
  ExposureWindow,
  MarkerKind,
  RevocationError,
  RevocationErrorCode,
  RevocationInputs,
  RevocationResult,
  RevocationWindows,
  SegmentKind,
  StolenAccessToken,
  TimelineLane,
  TimelineMarker,
  TimelineSegment,
} from './revocation-types';

// Request size
export {
  /** A session cookie against any token text, per request and per million; a union with error codes. */
  compareRequestSizes,
  /** The Cookie line for one cookie, sized. */
  cookieHeaderSize,
  /** The Authorization: Bearer line for a token, sized. */
  bearerHeaderSize,
  /** Takes surrounding space and a leading "Bearer " off pasted text. */
  normaliseToken,
  /** SI megabytes per million requests over HTTP/2 with n requests a connection. */
  http2MegabytesPerMillion,
  /** 10^6 bytes: the SI megabyte the sizes use. */
  MEGABYTE,
  /** 4,096 bytes of cookie name and value. */
  COOKIE_NAME_VALUE_LIMIT,
  /** The example access token, as a typical one. */
  TYPICAL_ACCESS_TOKEN,
} from './request-size';
export type { CredentialHeaderSize, RequestSizeComparison, SizeErrorCode, SizeNote, SizeNoteCode, SizeResult } from './request-size';
export {
  /** HPACK cost of one credential field: first request, later requests, never indexed. */
  hpackEstimate,
  /** Octets of an HPACK integer with an N-bit prefix. */
  hpackIntegerLength,
  HPACK_STATIC_INDEX,
  DEFAULT_TABLE_SIZE,
} from './hpack';
export type { CredentialFieldName, HpackEstimate } from './hpack';

// Decision helper
export {
  /** The six yes/no questions, in order, some asked only after a given answer. */
  QUESTIONS,
  /** Every answer no. */
  DEFAULT_ANSWERS,
  /** Whether a question is asked given the answers. */
  isAsked,
  /** The one recommendation for a set of answers, with reasons, cautions and section slugs. */
  recommend,
  RECOMMENDATION_CODES,
} from './decision';
export type { Answers, Question, QuestionId, Reason, Recommendation, RecommendationCode } from './decision';
