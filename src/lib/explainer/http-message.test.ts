import { describe, expect, it } from 'vitest';
import { byteLength, formatRequest, formatResponse, headerValue, headerValues, httpDate, requestByteLength } from './http-message';

describe('HTTP/1.1 text', () => {
  const request = { method: 'POST', target: '/token', headers: [['Host', 'auth.example.com'], ['Content-Length', '3']] as const, body: 'a=b' };

  it('writes start line, fields, an empty line and the body, with CRLF line ends', () => {
    expect(formatRequest(request)).toBe('POST /token HTTP/1.1\r\nHost: auth.example.com\r\nContent-Length: 3\r\n\r\na=b');
    expect(formatResponse({ status: 204, reason: 'No Content', headers: [] })).toBe('HTTP/1.1 204 No Content\r\n\r\n');
  });

  it('counts bytes as UTF-8, CRLFs included', () => {
    expect(requestByteLength(request)).toBe(formatRequest(request).length);
    expect(byteLength('é')).toBe(2);
    expect(byteLength('€')).toBe(3);
  });

  it('finds header values whatever their case', () => {
    expect(headerValue(request, 'content-length')).toBe('3');
    expect(headerValue(request, 'Cookie')).toBeUndefined();
    expect(headerValues({ status: 200, reason: 'OK', headers: [['Vary', 'Origin'], ['vary', 'Accept']] }, 'VARY')).toEqual(['Origin', 'Accept']);
  });
});

describe('httpDate', () => {
  it('writes IMF-fixdate in GMT', () => {
    expect(httpDate(1_748_854_800)).toBe('Mon, 02 Jun 2025 09:00:00 GMT');
    expect(httpDate(0)).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
  });
});
