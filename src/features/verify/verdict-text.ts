import type { ParsedKey, VerifyResult } from '../../lib/verify';

/** Which key the verdict is about, in words: "the pasted HMAC secret, 64 bytes (base64url)". */
function keyPhrase(result: VerifyResult, parsed: ParsedKey): string {
  const key = result.key;
  if (key?.source === 'jwks') return `key ${key.index ?? '?'} of the pasted JWK Set${key.kid !== undefined ? ` (kid ${JSON.stringify(key.kid)})` : ''}`;
  if (key?.source === 'token') return 'the key the token carries itself';
  if (key) return `the pasted ${key.description}`;
  if (parsed.kind === 'secret' || parsed.kind === 'pem' || parsed.kind === 'jwk' || parsed.kind === 'jwks') return `the pasted ${parsed.description}`;
  return 'the pasted key';
}

/** The headline of the signature verdict: the verdict, the algorithm and the key. */
export function verdictHeadline(result: VerifyResult, parsed: ParsedKey): string {
  const alg = result.alg ?? 'its algorithm';
  switch (result.status) {
    case 'verified':
      return `Signature verified — ${alg} with ${keyPhrase(result, parsed)}`;
    case 'invalid':
      // Malformed as shown: whatever the key, the verdict is on the token, not the signature.
      if (result.code === 'malformed-token') return 'Not verified — the token as shown is malformed';
      return `Signature invalid — ${alg} does not match ${keyPhrase(result, parsed)}`;
    case 'error':
      if (result.ambiguity) return 'Signature not verified — the JWK Set is ambiguous';
      return `Signature not verified — ${result.alg !== undefined ? `${alg} ` : ''}could not be checked`;
    case 'idle':
      return 'Signature not checked yet';
  }
}
