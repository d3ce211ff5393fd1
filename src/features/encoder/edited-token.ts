import { decodeToken } from '../../lib/jwt/decode';
import { modeOfJweHeader, prettyJson } from '../../lib/encode';
import { tokenFromLink } from '../../lib/url/token-link';

export interface EditorTexts {
  header: string;
  payload: string;
}

/** A JWE the decoder sent: its protected header can be shown and edited, its payload cannot without decrypting it. */
export interface IncomingJwe {
  token: string;
  /** Nested when its "cty" is "JWT" (RFC 7519 §5.2). */
  mode: 'jwe' | 'nested';
  headerText: string;
}

export type EditedToken = ({ kind: 'jws' } & EditorTexts) | ({ kind: 'jwe' } & IncomingJwe);

/**
 * The token the decoder sent with "Edit this token", as `#token=…` in the link (a fragment,
 * which never reaches a server): a JWS's header and payload, or a JWE's protected header.
 * Null when the link carries none or it cannot be decoded.
 */
export function readEditedToken(hash: string): EditedToken | null {
  const linked = tokenFromLink('', hash);
  if (!linked) return null;
  const result = decodeToken(linked.token);
  if (!result.ok) return null;
  if (result.value.type === 'JWE') {
    const { header } = result.value;
    return { kind: 'jwe', token: linked.token, mode: modeOfJweHeader(header), headerText: prettyJson(header) };
  }
  const { header, payload } = result.value;
  const payloadText = payload.type === 'json' ? prettyJson(payload.value) : payload.type === 'text' ? payload.text : '{}';
  return { kind: 'jws', header: prettyJson(header), payload: payloadText };
}
