/**
 * Whether pasted text is meant as a JWS in the JSON serialization (RFC 7515 §7.2) rather
 * than as text holding a compact token: an object with a "signature" or "signatures"
 * member and a "payload" or, for detached content (RFC 7515 Appendix F), a "protected"
 * one. A look at the text, not a parse: it runs on every paste in the first view, and the
 * parser that says what is wrong loads only when this answers yes.
 */
export function looksLikeJwsJson(text: string): boolean {
  // '"signature' without its closing quote: "signature" and "signatures" both.
  return /^\s*\{[^]*"signature/.test(text) && /"(?:payload|protected)"/.test(text);
}

