// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata
// API before it loads: the polyfill comes first, and both only in the chunk that reads chains.
import 'reflect-metadata';

export { BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509Certificate } from '@peculiar/x509';

/** The platform's WebCrypto, given to every call so that no provider is looked up globally. */
export function webCrypto(): Crypto {
  return globalThis.crypto;
}

/** A copy backed by an ArrayBuffer, as the library and WebCrypto take it; the PEM and base64 readers type their bytes more loosely. */
export function arrayBufferBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
