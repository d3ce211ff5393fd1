import { algNotForKind, generationFailed, makePair, makeSecret, type GenerateResult } from './generate';
import { encKeyKindInfo, type EncKeyKind } from './enc-kinds';

interface GenerateEncOptions {
  /** The "alg" the key is for (RFC 7518 §4.1); the kind's default when left out. */
  alg?: string;
}

/**
 * Makes a key for encrypted tokens (JWE): an RSA-OAEP or ECDH key pair through jose and
 * WebCrypto, or a symmetric key as random bytes. Its JWKs carry `use: "enc"` (RFC 7517 §4.2).
 * Symmetric keys are never WebCrypto AES keys, so a 192-bit one is made even in a browser
 * that could not use it.
 */
export async function generateEncryptionKey(kind: EncKeyKind, options: GenerateEncOptions = {}): Promise<GenerateResult<EncKeyKind>> {
  const info = encKeyKindInfo(kind);
  const alg = options.alg ?? info.defaultAlg;
  if (!info.algs.includes(alg)) return algNotForKind(info.label, alg, info.algs);
  try {
    if (info.secretBytes) {
      const secret = await makeSecret(kind, alg, 'enc', info.secretBytes);
      return { ok: true, key: info.enc ? { ...secret, enc: info.enc } : secret };
    }
    // jose asks WebCrypto for RSA-OAEP with the alg's hash, or ECDH on the curve (X25519 included).
    const pairOptions = info.modulusLength ? { modulusLength: info.modulusLength } : info.crv ? { crv: info.crv } : {};
    return { ok: true, key: await makePair(kind, alg, 'enc', pairOptions) };
  } catch (error) {
    return generationFailed(info.label, error);
  }
}
