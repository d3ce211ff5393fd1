import type { JsonObject } from '../core/json';
import type { DecodeErrorCode, Payload } from './types';

/** RFC 7515 §7.2.1 (general: a "signatures" array) and §7.2.2 (flattened: one signature at the top level). */
export type JwsJsonForm = 'general' | 'flattened';

export type JwsJsonErrorCode =
  | DecodeErrorCode
  | 'no-signature'
  | 'signatures-not-array'
  | 'signatures-empty'
  | 'too-many-signatures'
  | 'mixed-serializations'
  | 'payload-missing'
  | 'payload-not-string'
  | 'entry-not-object'
  | 'protected-not-string'
  | 'protected-empty'
  | 'header-not-object'
  | 'header-missing'
  | 'signature-not-string'
  | 'headers-not-disjoint'
  | 'crit-not-protected'
  | 'b64-not-protected'
  | 'b64-not-critical'
  | 'b64-inconsistent';

export interface JwsJsonError {
  code: JwsJsonErrorCode;
  /** The member at fault as a path ("payload", "signatures[1].protected"); absent for the text as a whole. */
  member?: string;
  /** One sentence that names the member, what is wrong and, for JSON, where. */
  message: string;
  /** 1-based position in the pasted text (or in a decoded protected header) of a JSON syntax error. */
  line?: number;
  column?: number;
}

export interface JwsJsonSignature {
  /** Position in the "signatures" array, from 0; 0 for the flattened form. */
  index: number;
  /** Where it stands in the input: "signatures[1]", or "" for the flattened form's top level. */
  path: string;
  /** The "protected" member as written: BASE64URL(UTF8(JWS Protected Header)). */
  protected?: string;
  /** The JWS Protected Header, decoded; null when there is none or it cannot be read. */
  protectedHeader: JsonObject | null;
  /** The protected header's decoded text, shown as it is when nested too deeply to print again. */
  protectedText: string;
  /** The JWS Unprotected Header: the "header" member, not integrity protected. */
  header: JsonObject | null;
  /** The union of both headers, the JOSE Header the signature is made and checked with (RFC 7515 §7.2.1). */
  joseHeader: JsonObject;
  /** The "signature" member as written, when it is a string. */
  signature: string | null;
  /** Its decoded length in bytes, when it decodes. */
  signatureBytes: number | null;
  alg?: string;
  kid?: string;
  /** RFC 7797: "b64": false in the protected header and named in its "crit", as jose reads it. */
  unencoded: boolean;
  /** What is wrong with this signature alone; its neighbours are still shown and checked. */
  errors: JwsJsonError[];
}

export interface DecodedJwsJson {
  form: JwsJsonForm;
  /** The "payload" member as written; null when absent, as with detached content (RFC 7515 Appendix F). */
  payloadMember: string | null;
  payload: Payload;
  /** Whether the payload is read as it stands, not base64url-decoded (RFC 7797 §3). */
  unencoded: boolean;
  /** The signatures read, at most MAX_JWS_SIGNATURES of them. */
  signatures: JwsJsonSignature[];
  /** How many the input holds: more than `signatures.length` when past the limit. */
  signatureCount: number;
  /** Problems with the object as a whole that did not stop the rest from being shown. */
  errors: JwsJsonError[];
}

/** The object read (perhaps with errors), or why nothing could be: not JSON, not an object, no signature. */
export type JwsJsonResult = { ok: true; value: DecodedJwsJson } | { ok: false; error: JwsJsonError };
