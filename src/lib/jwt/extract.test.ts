import { describe, expect, it } from 'vitest';
import { findToken } from './extract';

const TOKEN =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

const cases: { name: string; input: string; source: string; label: RegExp }[] = [
  { name: 'a bare token', input: TOKEN, source: 'bare', label: /whole input/ },
  { name: 'Bearer <token>', input: `Bearer ${TOKEN}`, source: 'bearer', label: /Bearer/ },
  { name: 'an Authorization line', input: `Authorization: Bearer ${TOKEN}\r\nHost: api.example.com`, source: 'authorization-header', label: /Authorization/ },
  { name: 'a Cookie line', input: `Cookie: theme=dark; session=${TOKEN}; lang=en`, source: 'cookie-header', label: /“session” in a Cookie/ },
  { name: 'a Set-Cookie line', input: `Set-Cookie: __Host-id=${TOKEN}; Path=/; Secure; HttpOnly`, source: 'set-cookie-header', label: /“__Host-id” in a Set-Cookie/ },
  { name: 'a URL fragment with id_token', input: `https://app.example/cb#state=x&id_token=${TOKEN}&expires_in=3600`, source: 'url-parameter', label: /“id_token” in the URL fragment/ },
  { name: 'a URL query with access_token', input: `https://app.example/cb?access_token=${TOKEN}`, source: 'url-parameter', label: /“access_token” in the URL query/ },
  { name: 'a bare fragment with token=', input: `#token=${TOKEN}`, source: 'url-parameter', label: /“token”/ },
  { name: 'JSON holding a token', input: `{\n  "token_type": "Bearer",\n  "access_token": "${TOKEN}",\n  "expires_in": 300\n}`, source: 'json-field', label: /JSON field “access_token”/ },
  { name: 'a quoted token with whitespace around', input: `  \n"${TOKEN}"\n `, source: 'bare', label: /whole input/ },
  { name: 'log text', input: `2024-01-01 WARN auth rejected token ${TOKEN}. Next attempt`, source: 'text', label: /found in the text/ },
];

describe('findToken', () => {
  it.each(cases)('finds the token in $name', ({ input, source, label }) => {
    const found = findToken(input);
    expect(found?.token).toBe(TOKEN);
    expect(found?.source).toBe(source);
    expect(found?.label).toMatch(label);
    expect(input.slice(found!.start, found!.end).replace(/\s+/g, '')).toBe(TOKEN);
  });

  it('joins a token wrapped over several lines, without the next header line', () => {
    const wrapped = `Authorization: Bearer ${TOKEN.slice(0, 60)}\n    ${TOKEN.slice(60, 150)}\n    ${TOKEN.slice(150)}\nAccept: */*`;
    expect(findToken(wrapped)?.token).toBe(TOKEN);
  });

  it('reads a bare token with line breaks and spaces anywhere inside', () => {
    expect(findToken(`${TOKEN.slice(0, 10)} ${TOKEN.slice(10, 80)}\n${TOKEN.slice(80)}`)?.token).toBe(TOKEN);
  });

  it('keeps an unencoded payload (RFC 7797) exactly, spaces and all', () => {
    const token = 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.This is the payload string!.ciks0B6Hs-amhOqxI5_iG6mPKnMDlWCb7J2Wu7mtIcg';
    expect(findToken(token)?.token).toBe(token);
  });

  it('passes a broken single blob through whole, so the decoder can say what is wrong', () => {
    const broken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0%NTY3ODkwIn0.c2ln';
    expect(findToken(broken)?.token).toBe(broken);
  });

  it('never runs two tokens together, on one line or on two, and counts the others', () => {
    const other = TOKEN.replace('dBjftJeZ4CVP', 'AAAAAAAAAAAA');
    for (const input of [`${TOKEN} ${other}`, `${TOKEN}\n${other}`, `id_token\n${TOKEN}\n${other}`]) {
      const found = findToken(input);
      expect(found?.token).toBe(TOKEN);
      expect(found?.others).toBe(1);
    }
  });

  it('keeps the full stop after a token inside a sentence outside it, and says so', () => {
    const found = findToken(`Rejected: ${TOKEN}. Next sentence.`);
    expect(found).toMatchObject({ token: TOKEN, source: 'text', leftOut: '.' });
    expect(found?.stray).toBeUndefined();
  });

  it('lets a token that starts the input own what follows up to whitespace, which makes it malformed', () => {
    for (const stray of ['.', '?', '#x', '..']) {
      const found = findToken(`  ${TOKEN}${stray}\n`);
      expect(found).toMatchObject({ token: TOKEN + stray, text: TOKEN, source: 'bare', stray: { text: stray, offset: TOKEN.length } });
      expect(found?.end).toBe(2 + TOKEN.length + stray.length);
    }
    expect(findToken(`${TOKEN}. Next sentence.`)).toMatchObject({ token: `${TOKEN}.`, stray: { text: '.' } });
  });

  it('owns a stray character after a wrapped token that starts the input', () => {
    const found = findToken(`${TOKEN.slice(0, 50)}\n${TOKEN.slice(50)}.`);
    expect(found).toMatchObject({ token: `${TOKEN}.`, stray: { text: '.', offset: TOKEN.length } });
    expect(found?.text.replace(/\s+/g, '')).toBe(TOKEN);
  });

  it('leaves the disclosures after "~" outside the token, and says so', () => {
    const found = findToken(`${TOKEN}~WyJzYWx0IiwibmFtZSIsIkpvZSJd~`);
    expect(found).toMatchObject({ token: TOKEN, leftOut: '~WyJzYWx0IiwibmFtZSI…' });
    expect(found?.stray).toBeUndefined();
  });

  it('says nothing is left out when only a closing quote or separator follows', () => {
    expect(findToken(`{"access_token": "${TOKEN}"}`)?.leftOut).toBeUndefined();
    expect(findToken(`Cookie: a=${TOKEN}; b=1`)?.leftOut).toBeUndefined();
  });

  it('keeps a wrapped JWE together', () => {
    const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..R0NNaXY.Y2lwaGVydGV4dA.dGFndGFndGFndGFndGFn';
    const found = findToken(`${jwe.slice(0, 30)}\n${jwe.slice(30)}`);
    expect(found?.token).toBe(jwe);
  });

  it('reads a percent-encoded token in a URL or a header', () => {
    const encoded = TOKEN.replaceAll('.', '%2E');
    const found = findToken(`https://app.example/cb#id_token=${encoded}&state=1`);
    expect(found).toMatchObject({ token: TOKEN, percentEncoded: true, name: 'id_token' });
    expect(findToken(`Authorization=Bearer%20${TOKEN}`)?.token).toBe(TOKEN);
  });

  it('keeps the line breaks of a wrapped token in the text it decodes', () => {
    const found = findToken(`${TOKEN.slice(0, 50)}\n${TOKEN.slice(50)}`);
    expect(found?.text).toContain('\n');
    expect(found?.token).toBe(TOKEN);
  });

  it('says when no token was found', () => {
    expect(findToken('hello world')?.label).toMatch(/no token found/);
  });

  it('returns null for empty or blank input', () => {
    expect(findToken('')).toBeNull();
    expect(findToken('  \n\t ')).toBeNull();
  });

  it('prefers a token that decodes over an earlier one that does not', () => {
    const found = findToken(`first eyJub3QiOm.broken and then ${TOKEN}`);
    expect(found?.token).toBe(TOKEN);
  });
});
