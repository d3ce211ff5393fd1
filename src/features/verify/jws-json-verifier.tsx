import { useState, type ReactNode } from 'react';
import type { DecodedJwsJson } from '../../lib/jwt/json-serialization-types';
import type { SecretEncoding } from '../../lib/verify';
import type { SignatureVerdict } from '../../lib/verify/verify-json';
import { JsonVerdict } from './json-verdict';
import { KeyField } from './key-field';
import { KeyWarnings } from './key-warnings';
import { RemoteKeysField, type TokenUrl } from './remote-keys-field';
import { ReplaceKeyConfirm } from './replace-key-confirm';
import { useFetchedKeys } from './use-fetched-keys';
import { useJsonVerification } from './use-json-verification';

export interface JwsJsonVerifierProps {
  jws: DecodedJwsJson;
  /**
   * Shows the signatures with their verdicts (null before the first); the decoder owns how
   * a signature looks, the verifier only what its verdict is.
   */
  renderSignatures: (verdicts: readonly SignatureVerdict[] | null, checking: boolean) => ReactNode;
}

// A JWS in the JSON serialization names no issuer or key URL the way a JWT's header and claims do.
const NO_URLS: readonly TokenUrl[] = [];

/** The key field, the verdict on all the signatures, then each signature with its own. */
export default function JwsJsonVerifier({ jws, renderSignatures }: JwsJsonVerifierProps) {
  const [keyText, setKeyText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const fetched = useFetchedKeys(keyText, setKeyText, NO_URLS);
  const { parsed, shown, checking } = useJsonVerification(jws, keyText, encoding);
  // Weak-secret warnings measure a secret against the first HMAC signature's algorithm.
  const hmacAlg = jws.signatures.find((s) => s.alg?.startsWith('HS'))?.alg;
  return (
    <div className="space-y-4">
      <KeyField value={keyText} onChange={setKeyText} encoding={encoding} onEncodingChange={setEncoding} parsed={parsed} />
      <RemoteKeysField tokenUrls={NO_URLS} onKeys={fetched.onKeys} />
      {fetched.pending && <ReplaceKeyConfirm url={fetched.pending.url} onReplace={fetched.replace} onKeep={fetched.keep} />}
      <KeyWarnings parsed={parsed} alg={hmacAlg} result={null} />
      <JsonVerdict result={shown} checking={checking} />
      {renderSignatures(shown?.signatures.length ? shown.signatures : null, checking)}
    </div>
  );
}
