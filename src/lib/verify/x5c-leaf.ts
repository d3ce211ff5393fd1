import { encodeBase64url } from '../core/base64url';
import type { JsonObject } from '../core/json';
import { DerError } from './der';
import { derToPem } from './der-write';
import { describeShape } from './key-algorithms';
import { shapeFromSpki } from './key-info';
import { asRsaEncryptionSpki } from './pss-key';
import { checkToken } from './token-checks';
import { attemptKey, refuseKey } from './verify-key';
import type { ChainProblem } from './x5c-chain-types';
import { webCrypto, type X509Certificate } from './x509';

/** The checks on the chain's first certificate, the one whose key must have signed the token. */

function tokenProblem(message: string): ChainProblem[] {
  return [{ code: 'token-signature-invalid', index: 0, message }];
}

/**
 * RFC 7515 §4.1.6: "The certificate containing the public key corresponding to the key used
 * to digitally sign the JWS MUST be the first certificate." jose's compactVerify checks it,
 * with the algorithms the leaf's key allows (RFC 8725 §3.1), never the token's word alone.
 */
export async function checkLeafSigner(leaf: X509Certificate, token: string): Promise<ChainProblem[]> {
  const checked = checkToken(token);
  if (!checked.ok) return tokenProblem(`The leaf certificate's key cannot verify this token: ${checked.refusal.message}`);
  const { alg } = checked.value;
  try {
    const spki = new Uint8Array(leaf.publicKey.rawData);
    const shape = shapeFromSpki(spki);
    if (!shape.ok) return tokenProblem(`The leaf certificate's key cannot verify the token: ${shape.error.message}`);
    const keyName = `an ${describeShape(shape.shape)} key from the leaf certificate`;
    const refusal = refuseKey(shape.shape, undefined, alg, keyName);
    if (refusal) return tokenProblem(refusal.message);
    const material = { type: 'pem' as const, pem: derToPem(asRsaEncryptionSpki(spki), 'PUBLIC KEY'), importAs: 'spki' as const };
    const outcome = await attemptKey(token, alg, { shape: shape.shape, material });
    if (outcome.ok) return [];
    if (outcome.error.code === 'signature-mismatch') {
      return tokenProblem(`The token's ${alg} signature does not verify with the leaf certificate's key: the first certificate of "x5c" is not the signer's (RFC 7515 §4.1.6).`);
    }
    return tokenProblem(`The leaf certificate's key could not verify the token: ${outcome.error.message}`);
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    return tokenProblem(`The leaf certificate's key cannot be read (${error.message}).`);
  }
}

// RFC 7515 §4.1.7 (SHA-1) and §4.1.8 (SHA-256): base64url digests of the leaf's DER.
const THUMBPRINTS = [
  { parameter: 'x5t', hash: 'SHA-1', code: 'x5t-mismatch', section: '§4.1.7' },
  { parameter: 'x5t#S256', hash: 'SHA-256', code: 'x5t-s256-mismatch', section: '§4.1.8' },
] as const;

/** The x5t headers, when present, must be the leaf certificate's thumbprints. */
export async function checkThumbprints(leaf: X509Certificate, header: JsonObject): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  for (const { parameter, hash, code, section } of THUMBPRINTS) {
    const claimed = header[parameter];
    if (claimed === undefined) continue;
    const actual = encodeBase64url(new Uint8Array(await webCrypto().subtle.digest(hash, leaf.rawData)));
    if (claimed === actual) continue;
    const said = typeof claimed === 'string' ? `is ${JSON.stringify(claimed)}` : 'is not a string';
    problems.push({ code, index: 0, message: `"${parameter}" ${said}, but the leaf certificate's ${hash} thumbprint is "${actual}" (RFC 7515 ${section}).` });
  }
  return problems;
}
