// Types for p256-public-keys.mjs, so TypeScript specs can use it.

export interface P256PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export declare function p256PublicJwks(count: number): P256PublicJwk[];
