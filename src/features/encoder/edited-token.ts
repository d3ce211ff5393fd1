import { decodeToken } from '../../lib/jwt/decode';
import { prettyJson } from '../../lib/encode';
import { tokenFromLink } from '../../lib/url/token-link';

export interface EditorTexts {
  header: string;
  payload: string;
}

/**
 * The header and payload of a token the decoder sent with "Edit this token", as
 * `#token=…` in the link (a fragment, which never reaches a server). Null when the link
 * carries none or it cannot be decoded as a JWS.
 */
export function readEditedToken(hash: string): EditorTexts | null {
  const linked = tokenFromLink('', hash);
  if (!linked) return null;
  const result = decodeToken(linked.token);
  if (!result.ok || result.value.type === 'JWE') return null;
  const { header, payload } = result.value;
  const payloadText = payload.type === 'json' ? prettyJson(payload.value) : payload.type === 'text' ? payload.text : '{}';
  return { header: prettyJson(header), payload: payloadText };
}
