/**
 * Whether pasted text is meant as a JWE in the JSON serialization (RFC 7516 §7.2): an
 * object with a "ciphertext" member, which no JWS and no claims set has. A look at the
 * text, not a parse, like looksLikeJwsJson: it runs on every paste.
 */
export function looksLikeJweJson(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes('"ciphertext"');
}
