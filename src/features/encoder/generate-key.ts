import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';

/** A key pair made on the page: kept in memory only, never stored or put in a URL. */
export interface GeneratedPair {
  alg: string;
  privatePem: string;
  publicPem: string;
  publicJwk: string;
}

/**
 * A fresh pair for `alg`: RSA 2048 bits (RFC 7518 §3.3's minimum), the curve ES* names
 * (RFC 7518 §3.4), Ed25519 for EdDSA. Extractable, so it can be shown and copied.
 */
export async function generatePair(alg: string): Promise<GeneratedPair> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(publicKey);
  return {
    alg,
    privatePem: await exportPKCS8(privateKey),
    publicPem: await exportSPKI(publicKey),
    // RFC 7517 §4.2, §4.4: marked for signatures with this algorithm.
    publicJwk: JSON.stringify({ ...jwk, use: 'sig', alg }, null, 2),
  };
}
