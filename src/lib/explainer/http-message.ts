/**
 * HTTP messages as data, written out in HTTP/1.1 form (RFC 9112) for display and for
 * counting bytes. HTTP/2 sends the same fields in binary frames, compressed (see hpack.ts).
 */

/** One header field: its name as written, and its value. */
export type HeaderField = readonly [name: string, value: string];

export interface HttpRequest {
  method: string;
  /** The request target in origin form: path and query (RFC 9112 §3.2.1). */
  target: string;
  headers: readonly HeaderField[];
  body?: string;
}

export interface HttpResponse {
  status: number;
  reason: string;
  headers: readonly HeaderField[];
  body?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Bytes of text as UTF-8, which is what goes on the wire. */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** "GET /orders HTTP/1.1" (RFC 9112 §3). */
function requestLine(request: HttpRequest): string {
  return `${request.method} ${request.target} HTTP/1.1`;
}

/** "HTTP/1.1 200 OK" (RFC 9112 §4). */
function statusLine(response: HttpResponse): string {
  return `HTTP/1.1 ${response.status} ${response.reason}`;
}

/** "Name: value", one field line without its CRLF (RFC 9112 §5). */
export function fieldLine([name, value]: HeaderField): string {
  return `${name}: ${value}`;
}

function serialise(startLine: string, headers: readonly HeaderField[], body: string | undefined): string {
  return [startLine, ...headers.map(fieldLine)].join(CRLF) + CRLF + CRLF + (body ?? '');
}

/** The request as HTTP/1.1 text: start line, field lines, an empty line, the body; lines end in CRLF. */
export function formatRequest(request: HttpRequest): string {
  return serialise(requestLine(request), request.headers, request.body);
}

/** The response as HTTP/1.1 text. */
export function formatResponse(response: HttpResponse): string {
  return serialise(statusLine(response), response.headers, response.body);
}

/** How many bytes the request takes as HTTP/1.1, CRLFs included. */
export function requestByteLength(request: HttpRequest): number {
  return byteLength(formatRequest(request));
}

/** The values of a header, matched case-insensitively (RFC 9110 §5.1). */
export function headerValues(message: HttpRequest | HttpResponse, name: string): string[] {
  const wanted = name.toLowerCase();
  return message.headers.filter(([n]) => n.toLowerCase() === wanted).map(([, value]) => value);
}

/** The value of a header that appears once; undefined if absent. */
export function headerValue(message: HttpRequest | HttpResponse, name: string): string | undefined {
  return headerValues(message, name)[0];
}

/** A NumericDate (seconds) as an HTTP-date in IMF-fixdate form, "Mon, 02 Jun 2025 09:00:00 GMT" (RFC 9110 §5.6.7). */
export function httpDate(seconds: number): string {
  // Date.prototype.toUTCString gives exactly IMF-fixdate (ECMA-262 §21.4.4.43).
  return new Date(seconds * 1000).toUTCString();
}
