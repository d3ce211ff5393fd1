/** Where a fetched key set came from, when the token itself named that place. */
export type TokenKeySource = 'iss' | 'jku' | 'x5u';

export interface KeyOriginNotice {
  testId: string;
  text: string;
}

/** The caveat a verdict carries when its key came from a URL the token names (RFC 8725 §3.10). */
export function keyOriginNotice(source: TokenKeySource): KeyOriginNotice {
  switch (source) {
    case 'jku':
      return {
        testId: 'jku-key-notice',
        text: 'These keys came from the URL the token names in its own jku header. A token can name any URL, so a signature they verify proves nothing about who made it (RFC 8725 §3.10).',
      };
    case 'x5u':
      return {
        testId: 'x5u-key-notice',
        text: 'This certificate came from the URL the token names in its own x5u header. A token can name any URL, so a signature its key verifies proves nothing about who made it (RFC 8725 §3.10); the certificate chain is not validated here.',
      };
    case 'iss':
      return {
        testId: 'jku-key-notice',
        text: 'These keys came from the issuer the token names in its own iss claim: any token can name any issuer, so this proves only that this issuer signed it. Set the expected issuer below to check it is the one you trust.',
      };
  }
}
