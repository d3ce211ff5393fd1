import { describe, expect, it } from 'vitest';
import { strayTail } from './stray';
import { strayFinding } from './stray-finding';

const JWS =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const JWE = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..R0NNaXY.Y2lwaGVydGV4dA.dGFndGFndGFndGFndGFn';

describe('strayTail', () => {
  it('leaves well-formed tokens alone', () => {
    expect(strayTail(JWS)).toBeNull();
    expect(strayTail(JWE)).toBeNull();
  });

  it.each([
    ['a trailing dot', '.'],
    ['a question mark', '?'],
    ['a fragment', '#state=1'],
    ['two dots', '..'],
    ['a dot then other characters', '.?'],
  ])('splits %s off a JWS', (_, stray) => {
    expect(strayTail(JWS + stray)).toEqual({ readable: JWS, stray, offset: JWS.length });
  });

  it('splits a trailing dot off a JWE at its fifth dot', () => {
    expect(strayTail(`${JWE}.`)).toEqual({ readable: JWE, stray: '.', offset: JWE.length });
  });

  it('does not explain breakage inside the token', () => {
    const [header, payload, signature] = JWS.split('.');
    expect(strayTail(`${header}.${payload}?.${signature}`)).toBeNull();
    expect(strayTail(`${header}.${payload}`)).toBeNull();
    expect(strayTail('not a token.')).toBeNull();
    // A fourth part is a token of the wrong shape, which the decoder reports as such.
    expect(strayTail(`${JWS}.AAAA`)).toBeNull();
  });

  it('makes a finding that names the character and its offset', () => {
    const finding = strayFinding(strayTail(`${JWS}.`)!);
    expect(finding).toMatchObject({ code: 'malformed-token', severity: 'high', rule: 'RFC 7515 §7.1' });
    expect(finding.message).toContain(`trailing '.' at offset ${JWS.length}`);
    expect(strayFinding(strayTail(`${JWE}?x`)!)).toMatchObject({ rule: 'RFC 7516 §7.1', message: expect.stringContaining(`'?x' at offset ${JWE.length}`) });
  });
});
