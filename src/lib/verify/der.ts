/**
 * A minimal reader of DER (ITU-T X.690 §10): definite lengths, one-byte tags, no more.
 * Enough to name a key's algorithm and curve and to show a certificate's names and dates.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** 'truncated': the data ends before a declared length; 'malformed': anything else. */
export class DerError extends Error {
  constructor(
    readonly code: 'truncated' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'DerError';
  }
}

export interface DerNode {
  tag: number;
  /** The whole buffer the node was read from. */
  buffer: Uint8Array;
  start: number;
  contentStart: number;
  end: number;
}

/** Reads the element that starts at `offset`. */
export function readDer(buffer: Uint8Array, offset = 0): DerNode {
  const tag = buffer[offset];
  if (tag === undefined) throw new DerError('truncated', `the data ends at byte ${offset} where an element should start`);
  // X.690 §8.1.2.4: tag numbers above 30 take more bytes; no structure read here uses them.
  if ((tag & 0x1f) === 0x1f) throw new DerError('malformed', `multi-byte tag at byte ${offset}`);
  const first = buffer[offset + 1];
  if (first === undefined) throw new DerError('truncated', `the data ends inside the element at byte ${offset}`);
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // X.690 §10.1: DER uses definite lengths only; 0x80 (indefinite) is BER.
    if (count === 0 || count > 4) throw new DerError('malformed', `unsupported length form at byte ${offset + 1}`);
    length = 0;
    for (let i = 0; i < count; i++) {
      const byte = buffer[contentStart + i];
      if (byte === undefined) throw new DerError('truncated', `the data ends inside a length at byte ${offset + 1}`);
      length = length * 256 + byte;
    }
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > buffer.length) {
    throw new DerError('truncated', `an element at byte ${offset} declares ${length} bytes but only ${buffer.length - contentStart} follow`);
  }
  return { tag, buffer, start: offset, contentStart, end };
}

/** Reads the one element that fills `buffer`; bytes after it are an error. */
export function readDerWhole(buffer: Uint8Array): DerNode {
  const node = readDer(buffer, 0);
  if (node.end !== buffer.length) throw new DerError('malformed', `${buffer.length - node.end} unexpected bytes after the end of the structure`);
  return node;
}

export function expectTag(node: DerNode, tag: number, what: string): DerNode {
  if (node.tag !== tag) {
    throw new DerError('malformed', `expected ${what} (tag 0x${tag.toString(16)}) at byte ${node.start}, found tag 0x${node.tag.toString(16)}`);
  }
  return node;
}

export function derContent(node: DerNode): Uint8Array {
  return node.buffer.subarray(node.contentStart, node.end);
}

/** The whole element, header included. */
export function derElement(node: DerNode): Uint8Array {
  return node.buffer.subarray(node.start, node.end);
}

/** The elements inside a constructed element (SEQUENCE, SET, explicit tag). */
export function derChildren(node: DerNode): DerNode[] {
  const children: DerNode[] = [];
  let offset = node.contentStart;
  while (offset < node.end) {
    const child = readDer(node.buffer.subarray(0, node.end), offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** The children of a SEQUENCE, at least `count` of them. */
export function sequenceOf(node: DerNode, count: number, what: string): DerNode[] {
  const children = derChildren(expectTag(node, TAG.SEQUENCE, what));
  if (children.length < count) {
    throw new DerError('malformed', `${what} has ${children.length} ${children.length === 1 ? 'element' : 'elements'} where at least ${count} are required`);
  }
  return children;
}

/** X.690 §8.19: an OBJECT IDENTIFIER in dotted form. */
export function readOid(node: DerNode): string {
  const bytes = derContent(expectTag(node, TAG.OID, 'an object identifier'));
  if (bytes.length === 0 || bytes[bytes.length - 1]! & 0x80) throw new DerError('malformed', `bad object identifier at byte ${node.start}`);
  const arcs: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

/** X.690 §8.6: a BIT STRING's bits, which must fill whole bytes here (keys always do). */
export function readBitString(node: DerNode): Uint8Array {
  const content = derContent(expectTag(node, TAG.BIT_STRING, 'a bit string'));
  if (content[0] !== 0) throw new DerError('malformed', `bit string at byte ${node.start} does not hold whole bytes`);
  return content.subarray(1);
}

/** The magnitude of a non-negative INTEGER in bits (an RSA modulus length). */
export function integerBitLength(node: DerNode): number {
  let bytes = derContent(expectTag(node, TAG.INTEGER, 'an integer'));
  while (bytes.length > 0 && bytes[0] === 0) bytes = bytes.subarray(1);
  if (bytes.length === 0) return 0;
  return (bytes.length - 1) * 8 + (32 - Math.clz32(bytes[0]!));
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
const utf16be = new TextDecoder('utf-16be');

/** The text of the string types that appear in X.520 names. */
export function readDerString(node: DerNode): string {
  const content = derContent(node);
  switch (node.tag) {
    case TAG.UTF8_STRING:
      return utf8.decode(content);
    case TAG.BMP_STRING:
      return utf16be.decode(content);
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.T61_STRING:
      return latin1.decode(content);
    default:
      return `#${[...derElement(node)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
}

/** RFC 5280 §4.1.2.5: UTCTime (YYMMDDHHMMSSZ, years 1950–2049) or GeneralizedTime (YYYYMMDDHHMMSSZ). */
export function readTime(node: DerNode): Date {
  const text = latin1.decode(derContent(node));
  const match =
    node.tag === TAG.UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : node.tag === TAG.GENERALIZED_TIME
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null;
  if (!match) throw new DerError('malformed', `expected a UTCTime or GeneralizedTime at byte ${node.start}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const fullYear = node.tag === TAG.UTC_TIME ? (year >= 50 ? 1900 + year : 2000 + year) : year;
  return new Date(Date.UTC(fullYear, month - 1, day, hour, minute, second));
}
