export { rfc } from '../../core/source';

/** The JSON shape a claim's value is defined to have. */
export type ClaimKind =
  | 'numeric-date'
  | 'string'
  | 'string-or-uri'
  | 'string-array-or-string'
  | 'boolean'
  | 'object'
  | 'number'
  | 'array'
  | 'any';

export interface ClaimInfo {
  name: string;
  title: string;
  /** One or two plain sentences. */
  meaning: string;
  kind: ClaimKind;
  /** The defining document, with its section where it has one, e.g. "RFC 7519 §4.1.4". */
  source: string;
  sourceUrl: string;
  /** Personal data: worth a second thought before logging, sharing or pasting it. */
  sensitive?: boolean;
}

type Source = Pick<ClaimInfo, 'source' | 'sourceUrl'>;

/** A section of OpenID Connect Core 1.0, by its number and its anchor in the HTML specification. */
export function oidcCore(section: string, anchor: string): Source {
  return {
    source: `OpenID Connect Core 1.0 §${section}`,
    sourceUrl: `https://openid.net/specs/openid-connect-core-1_0.html#${anchor}`,
  };
}
