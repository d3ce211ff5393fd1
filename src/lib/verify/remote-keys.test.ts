import { describe, expect, it } from 'vitest';
import ecCertificate from './fixtures/test-ec-certificate.pem?raw';
import rsaCertificate from './fixtures/test-rsa-certificate.pem?raw';
import { fetchRemoteKeys, issuerOfMetadataUrl, type RemoteKeysDeps } from './remote-keys';

const JWKS = { keys: [{ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }] };

/** A fetch that answers from a table of URLs, as a server would; unknown URLs are 404. */
function fakeFetch(routes: Record<string, unknown | Error>, online = true): RemoteKeysDeps & { requested: string[] } {
  const requested: string[] = [];
  return {
    requested,
    online: () => online,
    fetch: (async (url: string | URL | Request) => {
      const key = String(url);
      requested.push(key);
      const answer = routes[key];
      if (answer instanceof Error) throw answer;
      if (answer === undefined) return new Response('not found', { status: 404 });
      return new Response(typeof answer === 'string' ? answer : JSON.stringify(answer), { status: 200 });
    }) as typeof fetch,
  };
}

describe('fetchRemoteKeys', () => {
  it('takes a JWKS URL as it is', async () => {
    const deps = fakeFetch({ 'https://login.example.com/jwks.json': JWKS });
    const result = await fetchRemoteKeys('https://login.example.com/jwks.json', deps);
    expect(result).toMatchObject({ ok: true, jwks: JWKS, jwksUrl: 'https://login.example.com/jwks.json' });
    expect(result.steps).toEqual([{ url: 'https://login.example.com/jwks.json', outcome: '200, JSON Web Key Set with 1 key' }]);
  });

  it('resolves an issuer through OpenID Connect discovery, checking the issuer it names', async () => {
    const deps = fakeFetch({
      'https://login.example.com/realms/acme/.well-known/openid-configuration': { issuer: 'https://login.example.com/realms/acme', jwks_uri: 'https://login.example.com/realms/acme/certs' },
      'https://login.example.com/realms/acme/certs': JWKS,
    });
    const result = await fetchRemoteKeys('https://login.example.com/realms/acme', deps);
    expect(result).toMatchObject({ ok: true, issuer: 'https://login.example.com/realms/acme', jwksUrl: 'https://login.example.com/realms/acme/certs' });
    expect(deps.requested).toEqual([
      'https://login.example.com/realms/acme',
      'https://login.example.com/realms/acme/.well-known/openid-configuration',
      'https://login.example.com/realms/acme/certs',
    ]);
  });

  it('falls back to RFC 8414 authorization server metadata, the well-known part before the path', async () => {
    const deps = fakeFetch({
      'https://as.example.com/.well-known/oauth-authorization-server/tenant1': { issuer: 'https://as.example.com/tenant1', jwks_uri: 'https://as.example.com/tenant1/keys' },
      'https://as.example.com/tenant1/keys': JWKS,
    });
    expect(await fetchRemoteKeys('https://as.example.com/tenant1', deps)).toMatchObject({ ok: true, jwksUrl: 'https://as.example.com/tenant1/keys' });
  });

  it('goes on to discovery when the issuer’s own page refuses other sites (CORS)', async () => {
    const deps = fakeFetch({
      'https://login.example.com/': new TypeError('Failed to fetch'),
      'https://login.example.com/.well-known/openid-configuration': new TypeError('Failed to fetch'),
      'https://login.example.com/.well-known/oauth-authorization-server': { issuer: 'https://login.example.com/', jwks_uri: 'https://login.example.com/keys' },
      'https://login.example.com/keys': JWKS,
    });
    expect(await fetchRemoteKeys('https://login.example.com/', deps)).toMatchObject({ ok: true, jwksUrl: 'https://login.example.com/keys' });
  });

  it('says what was wrong with the URL typed, not with a discovery probe', async () => {
    const probesRefused = { 'https://x.example/.well-known/openid-configuration': new TypeError('Failed to fetch') };
    expect(await fetchRemoteKeys('https://x.example/page', fakeFetch({ ...probesRefused, 'https://x.example/page': '<html>' }))).toMatchObject({ ok: false, code: 'not-json' });
    expect(await fetchRemoteKeys('https://x.example/keys', fakeFetch({ 'https://x.example/keys': { keys: [] } }))).toMatchObject({ ok: false, code: 'no-keys' });
  });

  it('refuses metadata that names another issuer', async () => {
    const deps = fakeFetch({ 'https://evil.example/.well-known/openid-configuration': { issuer: 'https://login.example.com/', jwks_uri: 'https://evil.example/keys' } });
    expect(await fetchRemoteKeys('https://evil.example', deps)).toMatchObject({ ok: false, code: 'issuer-mismatch' });
  });

  it('checks the issuer of a metadata URL typed as it is against the issuer its URL implies', async () => {
    const oidc = 'https://login.example.com/realms/acme/.well-known/openid-configuration';
    const good = fakeFetch({ [oidc]: { issuer: 'https://login.example.com/realms/acme', jwks_uri: 'https://login.example.com/realms/acme/certs' }, 'https://login.example.com/realms/acme/certs': JWKS });
    expect(await fetchRemoteKeys(oidc, good)).toMatchObject({ ok: true, issuer: 'https://login.example.com/realms/acme' });
    const other = fakeFetch({ [oidc]: { issuer: 'https://evil.example/', jwks_uri: 'https://evil.example/keys' }, 'https://evil.example/keys': JWKS });
    const refused = await fetchRemoteKeys(oidc, other);
    expect(refused).toMatchObject({ ok: false, code: 'issuer-mismatch' });
    expect(other.requested).toEqual([oidc]);
    if (!refused.ok) expect(refused.message).toMatch(/names the issuer “https:\/\/evil\.example\/”, not “https:\/\/login\.example\.com\/realms\/acme”/);
    // RFC 8414 §3.1: the well-known part sits before the issuer's path.
    const oauth = 'https://as.example.com/.well-known/oauth-authorization-server/tenant1';
    const wrongTenant = fakeFetch({ [oauth]: { issuer: 'https://as.example.com/tenant2', jwks_uri: 'https://as.example.com/tenant2/keys' } });
    expect(await fetchRemoteKeys(oauth, wrongTenant)).toMatchObject({ ok: false, code: 'issuer-mismatch' });
    const rightTenant = fakeFetch({ [oauth]: { issuer: 'https://as.example.com/tenant1', jwks_uri: 'https://as.example.com/tenant1/keys' }, 'https://as.example.com/tenant1/keys': JWKS });
    expect(await fetchRemoteKeys(oauth, rightTenant)).toMatchObject({ ok: true });
    const noIssuer = fakeFetch({ 'https://as.example.com/.well-known/oauth-authorization-server': { jwks_uri: 'https://as.example.com/keys' } });
    expect(await fetchRemoteKeys('https://as.example.com/.well-known/oauth-authorization-server', noIssuer)).toMatchObject({ ok: false, code: 'issuer-mismatch' });
  });

  it('reads the issuer a metadata URL implies, and none from another path', () => {
    const issuer = (url: string) => issuerOfMetadataUrl(new URL(url));
    expect(issuer('https://a.example/.well-known/openid-configuration')).toBe('https://a.example');
    expect(issuer('https://a.example/realms/x/.well-known/openid-configuration')).toBe('https://a.example/realms/x');
    expect(issuer('https://a.example/.well-known/oauth-authorization-server')).toBe('https://a.example');
    expect(issuer('https://a.example/.well-known/oauth-authorization-server/t1')).toBe('https://a.example/t1');
    expect(issuer('https://a.example/.well-known/openid-configuration/t1')).toBe('https://a.example/t1');
    expect(issuer('https://a.example/metadata.json')).toBeNull();
  });

  it('reads an x5u URL: a PEM certificate chain (RFC 7515 §4.1.5), returned as it came', async () => {
    const chain = `${rsaCertificate}${ecCertificate}`;
    const deps = fakeFetch({ 'https://keys.example.com/chain.pem': chain });
    const result = await fetchRemoteKeys('https://keys.example.com/chain.pem', deps);
    expect(result).toMatchObject({ ok: true, kind: 'certificates', pem: chain, certificateCount: 2, url: 'https://keys.example.com/chain.pem' });
    expect(result.steps).toEqual([{ url: 'https://keys.example.com/chain.pem', outcome: '200, PEM certificate chain of 2 certificates' }]);
    // Nothing else is asked for: a chain is no issuer to discover.
    expect(deps.requested).toEqual(['https://keys.example.com/chain.pem']);
  });

  it('takes PEM that is not certificates, or a broken chain, for no answer', async () => {
    const key = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n';
    expect(await fetchRemoteKeys('https://x.example/key.pem', fakeFetch({ 'https://x.example/key.pem': key }))).toMatchObject({ ok: false, code: 'not-json' });
    const cut = rsaCertificate.slice(0, -30);
    expect(await fetchRemoteKeys('https://x.example/cut.pem', fakeFetch({ 'https://x.example/cut.pem': cut }))).toMatchObject({ ok: false, code: 'not-json' });
  });

  it('tells a refused request (CORS) from being offline', async () => {
    const refused = fakeFetch({ 'https://login.example.com/jwks.json': new TypeError('Failed to fetch') });
    const cors = await fetchRemoteKeys('https://login.example.com/jwks.json', refused);
    expect(cors).toMatchObject({ ok: false, code: 'network-or-cors' });
    if (!cors.ok) expect(cors.message).toMatch(/CORS.*paste/);
    const offline = fakeFetch({ 'https://login.example.com/jwks.json': new TypeError('Failed to fetch') }, false);
    expect(await fetchRemoteKeys('https://login.example.com/jwks.json', offline)).toMatchObject({ ok: false, code: 'offline' });
  });

  it('says when the answer is not JSON, or JSON without keys', async () => {
    expect(await fetchRemoteKeys('https://x.example/page', fakeFetch({ 'https://x.example/page': '<html>' }))).toMatchObject({ ok: false, code: 'not-json' });
    expect(await fetchRemoteKeys('https://x.example/data', fakeFetch({ 'https://x.example/data': { hello: 1 } }))).toMatchObject({ ok: false, code: 'no-keys' });
  });

  it('refuses plain http except on this machine, and what is not a URL', async () => {
    const deps = fakeFetch({ 'http://localhost:8080/jwks': JWKS });
    expect(await fetchRemoteKeys('http://login.example.com/jwks', deps)).toMatchObject({ ok: false, code: 'not-https' });
    expect(await fetchRemoteKeys('http://localhost:8080/jwks', deps)).toMatchObject({ ok: true });
    expect(await fetchRemoteKeys('login dot example', deps)).toMatchObject({ ok: false, code: 'invalid-url' });
  });

  it('sends no cookies and no referrer', async () => {
    let init: RequestInit | undefined;
    const deps: RemoteKeysDeps = {
      online: () => true,
      fetch: (async (_url: string, options?: RequestInit) => {
        init = options;
        return new Response(JSON.stringify(JWKS));
      }) as typeof fetch,
    };
    await fetchRemoteKeys('https://login.example.com/jwks.json', deps);
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });
});
