/**
 * What one credential header costs over HTTP/2, estimated from HPACK's rules (RFC 7541).
 * Not a full encoder: one field, the default table size, no Huffman coding.
 */

import { byteLength } from './http-message';

/** The two credential fields, by their HPACK static-table index (RFC 7541 Appendix A). */
const HPACK_STATIC_INDEX = { authorization: 23, cookie: 32 } as const;

type CredentialFieldName = keyof typeof HPACK_STATIC_INDEX;

/** SETTINGS_HEADER_TABLE_SIZE until the peer says otherwise (RFC 9113 §6.5.2). */
export const DEFAULT_TABLE_SIZE = 4096;

/** Each dynamic-table entry costs its name and value plus 32 octets (RFC 7541 §4.1). */
const ENTRY_OVERHEAD = 32;

/** The first dynamic-table index; the newest entry takes it (RFC 7541 §2.3.3). */
const FIRST_DYNAMIC_INDEX = 62;

/** Octets an integer takes with an N-bit prefix (RFC 7541 §5.1). */
export function hpackIntegerLength(value: number, prefixBits: number): number {
  const limit = 2 ** prefixBits - 1;
  if (value < limit) return 1;
  let length = 2;
  for (let rest = value - limit; rest >= 128; rest = Math.floor(rest / 128)) length++;
  return length;
}

export interface HpackEstimate {
  /** First request on a connection: a literal with incremental indexing and the name by index (§6.2.1). */
  firstRequestBytes: number;
  /** Each later request while the entry stays in the table: one indexed field (§6.1), 1 octet when fewer than 65 newer entries. */
  laterRequestBytes: number;
  /** The entry's size in the dynamic table: name + value + 32. */
  tableEntryBytes: number;
  /** Whether the entry fits the default 4,096-octet table; one that does not is sent in full every time (§4.4). */
  fitsDefaultTable: boolean;
  /**
   * A literal never indexed (§6.2.3), sent in full on every request. nghttp2 (under curl and
   * Node.js) sends Authorization this way, and cookies under 20 bytes; Chromium indexes both.
   */
  neverIndexedBytes: number;
}

/** Estimates the octets of one field (name lowercase, value as sent) in an HPACK header block. */
export function hpackEstimate(name: CredentialFieldName, value: string): HpackEstimate {
  const index = HPACK_STATIC_INDEX[name];
  const valueBytes = byteLength(value);
  const literal = (prefixBits: number) => hpackIntegerLength(index, prefixBits) + hpackIntegerLength(valueBytes, 7) + valueBytes;
  const tableEntryBytes = byteLength(name) + valueBytes + ENTRY_OVERHEAD;
  const fitsDefaultTable = tableEntryBytes <= DEFAULT_TABLE_SIZE;
  // Literal without indexing (§6.2.2) and never indexed (§6.2.3) both use a 4-bit prefix.
  const neverIndexedBytes = literal(4);
  return {
    firstRequestBytes: fitsDefaultTable ? literal(6) : neverIndexedBytes,
    laterRequestBytes: fitsDefaultTable ? hpackIntegerLength(FIRST_DYNAMIC_INDEX, 7) : neverIndexedBytes,
    tableEntryBytes,
    fitsDefaultTable,
    neverIndexedBytes,
  };
}
