import { describe, it, expect } from 'vitest';
import { encodeBase64urlText } from '../core/base64url';
import { findJwt, percentDecode } from './find-jwt';
import { looksRandom, sessionEvidence, unprefixedName } from './session-like';

const HEADER = encodeBase64urlText('{"alg":"HS256","typ":"JWT"}');
const PAYLOAD = encodeBase64urlText('{"sub":"1234567890","name":"John Doe","iat":1516239022}');
const JWT = `${HEADER}.${PAYLOAD}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`;

describe('findJwt', () => {
  it('finds a JWT that is the whole value', () => {
    expect(findJwt(JWT)).toEqual({ token: JWT, encoding: 'plain', type: 'JWS', alg: 'HS256' });
  });

  it('finds a JWT inside a value, quoted or prefixed', () => {
    expect(findJwt(`"${JWT}"`)?.token).toBe(JWT);
    expect(findJwt(`Bearer ${JWT}`)?.token).toBe(JWT);
    expect(findJwt(`s:${JWT}.extra-signature`)?.token).toBe(JWT);
  });

  it('finds a JWT in a percent-encoded value', () => {
    const json = encodeURIComponent(JSON.stringify({ access_token: JWT, expires_in: 300 }));
    expect(findJwt(json)).toMatchObject({ token: JWT, encoding: 'plain' });
    expect(findJwt(`s%3A${JWT}`)).toMatchObject({ token: JWT, encoding: 'plain' });
  });

  it('returns a token whose characters were escaped whole, decoded, and says so', () => {
    expect(findJwt(JWT.replaceAll('.', '%2E'))).toMatchObject({ token: JWT, encoding: 'percent-encoded' });
    expect(findJwt(`${JWT.slice(0, 40)}%${JWT.charCodeAt(40).toString(16)}${JWT.slice(41)}`)).toMatchObject({ token: JWT, encoding: 'percent-encoded' });
  });

  it('finds a JWE and an unsecured JWS', () => {
    const jweHeader = encodeBase64urlText('{"alg":"dir","enc":"A128GCM"}');
    expect(findJwt(`${jweHeader}..aaaaaaaaaaaaaaaa.bbbb.cccccccccccccccccccccc`)).toMatchObject({ type: 'JWE', alg: 'dir' });
    const none = encodeBase64urlText('{"alg":"none"}');
    expect(findJwt(`${none}.${PAYLOAD}.`)).toMatchObject({ type: 'Unsecured', alg: 'none' });
  });

  it('finds nothing in dotted values that are no JWT', () => {
    for (const value of ['GA1.1.1234567890.1700000000', 'a.b.c', '1.2.3', `${encodeBase64urlText('{"typ":"JWT"}')}.${PAYLOAD}.sig`, 'en-US', '']) {
      expect(findJwt(value)).toBeNull();
    }
  });

  it('percent-decodes valid runs only', () => {
    expect(percentDecode('a%20b%ZZ%e9')).toBe('a b%ZZ%e9');
  });
});

describe('looksRandom', () => {
  it.each([
    '31d4d96e407aad42',
    'f3b8a2c1d4e5f6a7b8c9d0e1f2a3b4c5',
    '550e8400-e29b-41d4-a716-446655440000',
    'Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OQ',
    'q7XbKp2LwN9vRt4YzC8mJs',
    'k8d2ndj3ls9q0vm5tp1x7rzc4b',
  ])('random: %s', (value) => {
    expect(looksRandom(value)).toBe(true);
  });

  it.each([
    'en-US',
    'dark',
    '1700000000',
    'GA1.1.1234567890.1700000000',
    '2024-01-01T10:20:30Z',
    'preference_dark_mode_enabled',
    'aaaaaaaaaaaaaaaa1111',
    'v1.2.3-release-candidate',
    'short1A',
  ])('not random: %s', (value) => {
    expect(looksRandom(value)).toBe(false);
  });
});

describe('sessionEvidence', () => {
  it.each([
    ['JSESSIONID', 'Java servlet containers'],
    ['phpsessid', 'PHP'],
    ['ASP.NET_SessionId', 'ASP.NET'],
    ['connect.sid', 'Express (express-session)'],
    ['sessionid', 'Django'],
    ['session', 'Flask and others'],
    ['_myapp_session', 'Rails (_app_session)'],
    ['_session', 'Rails (_app_session)'],
    ['sid', 'a common session name'],
    ['__Host-sid', 'a common session name'],
    ['__secure-session_id', 'a common session name'],
    ['auth', 'a common token name'],
    ['access_token', 'a common token name'],
    ['id_token', 'a common token name'],
    ['refresh_token', 'a common token name'],
    ['jwt', 'a common token name'],
    ['token', 'a common token name'],
  ])('by name: %s', (name, source) => {
    expect(sessionEvidence({ name, value: 'x' })).toEqual({ reason: 'name', source });
  });

  it('by value: a JWT, or a random-looking identifier', () => {
    expect(sessionEvidence({ name: 'u', value: JWT })).toEqual({ reason: 'jwt' });
    expect(sessionEvidence({ name: 'u', value: '31d4d96e407aad42' })).toEqual({ reason: 'random-value' });
  });

  it('not: preferences, analytics, names that merely contain a session word', () => {
    for (const [name, value] of [
      ['lang', 'en-US'],
      ['theme', 'dark'],
      ['_ga', 'GA1.1.1234567890.1700000000'],
      ['sessionStartedAt', '1700000000'],
      ['tokens_left', '3'],
      ['consent', 'true'],
    ] as const) {
      expect(sessionEvidence({ name, value })).toBeNull();
    }
  });

  it('strips only a real prefix', () => {
    expect(unprefixedName('__Host-sid')).toBe('sid');
    expect(unprefixedName('__HOST-sid')).toBe('sid');
    expect(unprefixedName('__Hostsid')).toBe('__Hostsid');
  });
});
