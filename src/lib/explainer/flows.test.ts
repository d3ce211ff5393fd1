import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../jwt/decode';
import {
  EXAMPLE_REFRESH_TOKENS,
  EXAMPLE_SESSION_ID,
  FIRST_ACCESS_TOKEN,
  REFRESHED_ACCESS_TOKEN,
  SESSION_COOKIE_NAME,
} from './example-values';
import { ACTORS, type FlowStep, type HttpExchange } from './flow-types';
import { browserRequestSizes, findFlow, findStep, FLOWS } from './flows';
import { API_LEEWAY_SECONDS, denyListKey } from './flows-jwt';
import { byteLength, formatRequest, formatResponse, headerValue, headerValues, httpDate } from './http-message';

const STEPS = FLOWS.flatMap((flow) => flow.steps.map((step) => ({ flow, step })));
const HTTP_STEPS = STEPS.filter((s): s is { flow: (typeof s)['flow']; step: FlowStep & { exchange: HttpExchange } } => s.step.exchange.kind === 'http');
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;

function texts(step: FlowStep): string[] {
  const e = step.exchange;
  return e.kind === 'http' ? [formatRequest(e.request), formatResponse(e.response)] : [e.command, e.reply];
}

function http(slug: string): HttpExchange {
  const exchange = findStep(slug)?.step.exchange;
  if (exchange?.kind !== 'http') throw new Error(`${slug} is not an HTTP step`);
  return exchange;
}

function jsonBody(body: string | undefined): Record<string, unknown> {
  return JSON.parse(body ?? '') as Record<string, unknown>;
}

function formBody(body: string | undefined): URLSearchParams {
  return new URLSearchParams(body ?? '');
}

function bearer(exchange: HttpExchange): string | undefined {
  return headerValue(exchange.request, 'Authorization')?.replace(/^Bearer /, '');
}

describe('flows and step slugs', () => {
  it('has one flow per model and kind', () => {
    expect(FLOWS.map((f) => f.id).sort()).toEqual(['jwt-login', 'jwt-logout', 'jwt-request', 'session-login', 'session-logout', 'session-request']);
    for (const flow of FLOWS) expect(findFlow(flow.model, flow.kind)).toBe(flow);
  });

  it('numbers steps <flow>-<n> from 1, every slug unique and found by findStep', () => {
    const slugs = STEPS.map(({ step }) => step.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const flow of FLOWS) flow.steps.forEach((step, i) => expect(step.slug).toBe(`${flow.id}-${i + 1}`));
    for (const { flow, step } of STEPS) expect(findStep(step.slug)).toEqual({ flow, step });
    expect(findStep('session-login-99')).toBeUndefined();
  });

  it('names known actors, nests a step only inside an earlier one of its flow, and never goes back in time', () => {
    const actors = new Set(ACTORS.map((a) => a.id));
    for (const flow of FLOWS) {
      flow.steps.forEach((step, i) => {
        expect(actors.has(step.from) && actors.has(step.to) && step.from !== step.to).toBe(true);
        expect(step.explanation.length).toBeGreaterThan(20);
        if (i > 0) expect(step.at).toBeGreaterThanOrEqual(flow.steps[i - 1]!.at);
        if (step.within !== undefined) {
          const parent = flow.steps.slice(0, i).find((s) => s.slug === step.within);
          expect(parent?.to).toBe(step.from);
          expect(parent?.at).toBe(step.at);
        }
      });
    }
  });
});

describe('HTTP messages', () => {
  it('have a Host, a Content-Length that matches the body, and a Date that matches the step', () => {
    for (const { step } of HTTP_STEPS) {
      const { request, response } = step.exchange;
      expect(request.headers[0]?.[0]).toBe('Host');
      for (const message of [request, response]) {
        const length = headerValue(message, 'Content-Length');
        if (message.body !== undefined || length !== undefined) expect(Number(length)).toBe(byteLength(message.body ?? ''));
      }
      expect(headerValue(response, 'Date')).toBe(httpDate(step.at));
    }
  });

  it('forbid caching of every answer that carries or clears a credential', () => {
    for (const { step } of HTTP_STEPS) {
      const { response } = step.exchange;
      const carries = headerValue(response, 'Set-Cookie') !== undefined || (response.body ?? '').includes('token');
      if (carries) expect(headerValue(response, 'Cache-Control'), step.slug).toBe('no-store');
    }
  });
});

describe('the session model', () => {
  const sessionSteps = STEPS.filter(({ flow }) => flow.model === 'session').map(({ step }) => step);

  it('carries one session ID through every step, cookie and store key alike', () => {
    const ids = new Set<string>();
    for (const step of sessionSteps) {
      for (const text of texts(step)) {
        for (const match of text.matchAll(/(?:__Host-session=|session:)([A-Za-z0-9_-]*)/g)) if (match[1] !== '') ids.add(match[1]!);
      }
    }
    expect([...ids]).toEqual([EXAMPLE_SESSION_ID]);
    for (const step of sessionSteps) expect(texts(step).join('\n')).toContain(EXAMPLE_SESSION_ID);
  });

  it('sets the cookie with the __Host- prefix and the attributes the prefix and BBA ask for', () => {
    const setCookie = headerValue(http('session-login-1').response, 'Set-Cookie')!;
    const [pair, ...attributes] = setCookie.split('; ');
    expect(pair).toBe(`${SESSION_COOKIE_NAME}=${EXAMPLE_SESSION_ID}`);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'Secure', 'HttpOnly']));
    expect(attributes.some((a) => /^SameSite=(Lax|Strict)$/.test(a))).toBe(true);
    expect(attributes.some((a) => /^(Domain|Max-Age|Expires)=/i.test(a))).toBe(false);
  });

  it('logout deletes the record, clears the cookie as a valid __Host- cookie, and sends no-store and Clear-Site-Data', () => {
    const { response } = http('session-logout-1');
    expect(headerValue(response, 'Set-Cookie')).toMatch(/^__Host-session=; Path=\/; Secure; HttpOnly; SameSite=\w+; Max-Age=0$/);
    expect(headerValue(response, 'Cache-Control')).toBe('no-store');
    expect(headerValue(response, 'Clear-Site-Data')).toContain('"cookies"');
    expect(findStep('session-logout-2')?.step.exchange).toMatchObject({ kind: 'store', command: `DEL session:${EXAMPLE_SESSION_ID}` });
    expect(http('session-logout-3').response.status).toBe(303);
    expect(findStep('session-logout-4')?.step.exchange).toMatchObject({ kind: 'store', reply: '(nil)' });
  });
});

describe('the JWT model', () => {
  const jwtSteps = STEPS.filter(({ flow }) => flow.model === 'jwt').map(({ step }) => step);
  const examples = [FIRST_ACCESS_TOKEN, REFRESHED_ACCESS_TOKEN];

  it('every JWT in the messages decodes with the decoder, without errors, to one of the example tokens', () => {
    const found = new Set<string>();
    for (const step of jwtSteps) for (const text of texts(step)) for (const [token] of text.matchAll(JWT_SHAPE)) found.add(token);
    expect([...found].sort()).toEqual(examples.map((e) => e.token).sort());
    for (const token of found) {
      const result = decodeToken(token);
      if (!result.ok || result.value.type !== 'JWS') throw new Error(`${token} does not decode as a JWS`);
      expect(result.value.errors).toEqual([]);
      expect(result.value.header).toMatchObject({ alg: 'HS256', typ: 'at+jwt' });
      const example = examples.find((e) => e.token === token)!;
      expect(result.value.payload).toMatchObject({ type: 'json', value: example.claims });
    }
  });

  it('the claims agree across steps: one issuer, subject, audience and client; a fresh jti per token', () => {
    const claims = examples.map((e) => e.claims);
    for (const name of ['iss', 'sub', 'aud', 'client_id', 'auth_time'] as const) expect(new Set(claims.map((c) => c[name])).size).toBe(1);
    expect(new Set(claims.map((c) => c.jti)).size).toBe(claims.length);
  });

  it('the API accepts a token before its exp and refuses it after, and the tokens flow from response to request', () => {
    const login = jsonBody(http('jwt-login-2').response.body);
    expect(login).toMatchObject({ access_token: FIRST_ACCESS_TOKEN.token, token_type: 'Bearer', refresh_token: EXAMPLE_REFRESH_TOKENS.first });
    expect(login.expires_in).toBe(FIRST_ACCESS_TOKEN.claims.exp - FIRST_ACCESS_TOKEN.claims.iat);
    expect(bearer(http('jwt-request-1'))).toBe(login.access_token);
    expect(formBody(http('jwt-request-3').request.body).get('refresh_token')).toBe(login.refresh_token);

    const refreshed = jsonBody(http('jwt-request-3').response.body);
    expect(refreshed).toMatchObject({ access_token: REFRESHED_ACCESS_TOKEN.token, refresh_token: EXAMPLE_REFRESH_TOKENS.rotated });
    expect(bearer(http('jwt-request-4'))).toBe(refreshed.access_token);
    expect(formBody(http('jwt-logout-1').request.body).get('token')).toBe(refreshed.refresh_token);
    expect(formBody(http('jwt-logout-6').request.body).get('refresh_token')).toBe(refreshed.refresh_token);

    for (const step of jwtSteps) {
      if (step.exchange.kind !== 'http' || step.to !== 'api') continue;
      const example = examples.find((e) => e.token === bearer(step.exchange as HttpExchange))!;
      const live = step.at < example.claims.exp;
      const denied = step.slug === 'jwt-logout-4';
      expect(step.exchange.response.status, step.slug).toBe(live && !denied ? 200 : 401);
      if (!live || denied) expect(headerValue(step.exchange.response, 'WWW-Authenticate')).toMatch(/^Bearer error="invalid_token"/);
    }
  });

  it('the issue time of each token is the time of the step that issued it', () => {
    expect(findStep('jwt-login-2')?.step.at).toBe(FIRST_ACCESS_TOKEN.claims.iat);
    expect(findStep('jwt-request-3')?.step.at).toBe(REFRESHED_ACCESS_TOKEN.claims.iat);
    expect(findStep('jwt-logout-1')!.step.at).toBeLessThan(REFRESHED_ACCESS_TOKEN.claims.exp);
  });

  it('PKCE and state round-trip: the challenge sent is the S256 of the verifier, the code returned is the code redeemed', () => {
    const authorize = http('jwt-login-1');
    const query = new URLSearchParams(authorize.request.target.split('?')[1]);
    const redirect = new URL(headerValue(authorize.response, 'Location')!);
    const token = formBody(http('jwt-login-2').request.body);
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(createHash('sha256').update(token.get('code_verifier')!).digest('base64url')).toBe(query.get('code_challenge'));
    expect(redirect.searchParams.get('state')).toBe(query.get('state'));
    expect(redirect.searchParams.get('code')).toBe(token.get('code'));
    expect(token.get('redirect_uri')).toBe(query.get('redirect_uri'));
  });

  it('the deny list is keyed on (iss, jti) of the token in use at logout, and its entry expires with that token', () => {
    const claims = REFRESHED_ACCESS_TOKEN.claims;
    expect(findStep('jwt-logout-2')?.step.exchange).toEqual({ kind: 'store', command: `SET ${denyListKey(claims)} 1 EXAT ${claims.exp + API_LEEWAY_SECONDS}`, reply: 'OK' });
    expect(findStep('jwt-logout-5')?.step.exchange).toMatchObject({ command: `EXISTS ${denyListKey(claims)}` });
    expect(denyListKey(claims)).toBe(`deny:https://auth.example.com|${claims.jti}`);
    expect(denyListKey(claims)).not.toContain(REFRESHED_ACCESS_TOKEN.token.split('.')[2]);
  });

  it('revocation is answered 200 and the revoked refresh token is then refused with invalid_grant', () => {
    expect(http('jwt-logout-1').response.status).toBe(200);
    const refused = http('jwt-logout-6').response;
    expect(refused.status).toBe(400);
    expect(jsonBody(refused.body).error).toBe('invalid_grant');
  });

  it('cross-origin answers to the app name its origin and vary on it', () => {
    for (const step of jwtSteps) {
      if (step.from !== 'browser' || step.exchange.kind !== 'http' || step.exchange.request.method === 'GET' && step.to === 'auth-server') continue;
      expect(headerValue(step.exchange.response, 'Access-Control-Allow-Origin'), step.slug).toBe('https://app.example.com');
      expect(headerValues(step.exchange.response, 'Vary'), step.slug).toContain('Origin');
    }
  });
});

describe('browserRequestSizes', () => {
  it('counts the credential field line with its CRLF: 68 bytes of cookie, 496 of bearer token', () => {
    const [session] = browserRequestSizes(findFlow('session', 'request'));
    const [jwt] = browserRequestSizes(findFlow('jwt', 'request'));
    // "Cookie: " (8) + "__Host-session=" (15) + 43 + CRLF (2)
    expect(session?.credentialBytes).toBe(68);
    // "Authorization: Bearer " (22) + 472 + CRLF (2)
    expect(FIRST_ACCESS_TOKEN.token).toHaveLength(472);
    expect(jwt?.credentialBytes).toBe(496);
    expect(jwt!.totalBytes).toBeGreaterThan(session!.totalBytes);
    expect(session!.totalBytes).toBe(byteLength(formatRequest(http('session-request-1').request)));
  });

  it('counts only what the browser sends, not the attacker or the servers', () => {
    expect(browserRequestSizes(findFlow('jwt', 'logout')).map((s) => s.slug)).toEqual(['jwt-logout-1']);
    expect(browserRequestSizes(findFlow('session', 'login')).map((s) => s.slug)).toEqual(['session-login-1']);
    expect(browserRequestSizes(findFlow('session', 'login'))[0]?.credentialBytes).toBe(0);
  });
});
