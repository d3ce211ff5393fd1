import { byteLength, httpDate, type HeaderField, type HttpRequest, type HttpResponse } from './http-message';
import type { StoreExchange } from './flow-types';

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  302: 'Found',
  303: 'See Other',
  400: 'Bad Request',
  401: 'Unauthorized',
};

/** A request to an origin: Host from the origin, Content-Length from the body when there is one. */
export function request(method: string, origin: string, target: string, headers: readonly HeaderField[], body?: string): HttpRequest {
  const host: HeaderField = ['Host', new URL(origin).host];
  if (body === undefined) return { method, target, headers: [host, ...headers] };
  return { method, target, headers: [host, ...headers, ['Content-Length', String(byteLength(body))]], body };
}

/** A response sent at `at` (NumericDate): Date first, Content-Length last, reason phrase from the status. */
export function response(status: number, at: number, headers: readonly HeaderField[], body = ''): HttpResponse {
  const reason = REASONS[status];
  if (reason === undefined) throw new RangeError(`no reason phrase for status ${status}`);
  const all: HeaderField[] = [['Date', httpDate(at)], ...headers, ['Content-Length', String(byteLength(body))]];
  return body === '' ? { status, reason, headers: all } : { status, reason, headers: all, body };
}

/** A form body, encoded as browsers send one (application/x-www-form-urlencoded). */
export function form(fields: Readonly<Record<string, string>>): string {
  return new URLSearchParams(fields).toString();
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}

export function store(command: string, reply: string): StoreExchange {
  return { kind: 'store', command, reply };
}
