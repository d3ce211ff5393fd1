import type { JsonObject } from '../core/json';
import type { NonCanonicalReason } from '../core/base64url';

export type { NonCanonicalReason };

/** The names of the segments of a compact JWS (RFC 7515 §7.1) and JWE (RFC 7516 §7.1). */
export type SegmentName =
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag';

export interface NonCanonicalNote {
  segment: SegmentName;
  reason: NonCanonicalReason;
}

/** The payload, as far as it could be read. */
export type Payload =
  | { type: 'json'; value: JsonObject; text: string }
  /** Valid UTF-8 that is not a JSON object: shown as text. */
  | { type: 'text'; text: string }
  /** Bytes that are not valid UTF-8: shown as hex. */
  | { type: 'binary'; bytes: Uint8Array }
  /** Detached content (RFC 7515 Appendix F): the payload segment is empty. */
  | { type: 'empty' }
  /** The segment could not be decoded; the reason is among the token's errors. */
  | { type: 'unreadable' };

/** What JSON.parse hid in a decoded part: a name given twice, a number it could not hold exactly. */
export interface JsonNote {
  segment: 'header' | 'payload';
  kind: 'duplicate-member' | 'imprecise-number';
  /** The member name, or the number as written. */
  text: string;
}

export interface SegmentInfo {
  name: SegmentName;
  /** The segment's text exactly as it stands in the token. */
  text: string;
  /** Decoded length in bytes, when it decoded. */
  byteLength?: number;
}

export type DecodeErrorCode =
  | 'empty-input'
  | 'part-count'
  | 'empty-part'
  | 'invalid-base64url'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'not-an-object'
  | 'alg-missing'
  | 'unsecured-with-signature'
  | 'signature-missing';

export interface DecodeError {
  code: DecodeErrorCode;
  /** The segment at fault; absent when the token as a whole is at fault. */
  segment?: SegmentName;
  /** One sentence that names the part, what is wrong and where. */
  message: string;
  /** Offset in the segment's text (base64url errors) or in the decoded JSON (JSON errors). */
  offset?: number;
  line?: number;
  column?: number;
}

export interface DecodedJws {
  type: 'JWS' | 'Unsecured';
  header: JsonObject;
  headerText: string;
  payload: Payload;
  signature: Uint8Array;
  segments: SegmentInfo[];
  nonCanonical: NonCanonicalNote[];
  jsonNotes: JsonNote[];
  /** Problems that did not stop the rest from being shown. */
  errors: DecodeError[];
  /** Whether the payload is itself a compact token (`cty: JWT`, RFC 7519 §5.2, or a payload shaped like one). */
  nested: boolean;
}

export interface DecodedJwe {
  type: 'JWE';
  header: JsonObject;
  headerText: string;
  segments: SegmentInfo[];
  nonCanonical: NonCanonicalNote[];
  jsonNotes: JsonNote[];
  errors: DecodeError[];
}

export type DecodedToken = DecodedJws | DecodedJwe;

/** A decode either shows something (perhaps with errors) or fails as a whole. */
export type DecodeResult =
  | { ok: true; value: DecodedToken }
  | { ok: false; errors: DecodeError[] };
