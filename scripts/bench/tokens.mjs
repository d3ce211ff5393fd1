// Tokens for the paste benchmarks. The payloads look like what identity providers
// issue, so the decoder does the work it does for real tokens (claims table, time
// claims, JSON colouring). Signatures are random: nothing here is verified.
import { randomBytes } from 'node:crypto';

const HEADER = { alg: 'HS256', typ: 'JWT' };

function base64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function compactJws(payload) {
  return `${base64url(HEADER)}.${base64url(payload)}.${randomBytes(32).toString('base64url')}`;
}

/** A small deterministic generator, so the large token has the same shape on every run. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Claims an OpenID Connect ID token typically carries; `jti` makes each token unique. */
export function oidcClaims(jti, now) {
  return {
    iss: 'https://login.acme-identity.com/realms/employees',
    sub: '248289761001',
    aud: 'orders-web',
    exp: now + 3600,
    iat: now,
    auth_time: now - 42,
    jti,
    nonce: 'n-0S6_WzA2Mj',
    sid: '08a5019c-17e1-4977-8f42-65a12843ea02',
    amr: ['pwd', 'otp'],
    name: 'Jane Doe',
    given_name: 'Jane',
    family_name: 'Doe',
    email: 'jane.doe@acme.example',
    email_verified: true,
  };
}

/** About 600 characters: an HS256 ID token as an OIDC provider would issue it. */
export function typicalToken(jti, now = Math.floor(Date.now() / 1000)) {
  return compactJws(oidcClaims(jti, now));
}

const SERVICES = ['orders', 'billing', 'inventory', 'shipping', 'reports', 'catalog', 'payments', 'support', 'analytics', 'identity'];
const ACTIONS = ['read', 'write', 'delete', 'approve', 'export', 'admin'];
const SITES = ['lon', 'fra', 'ams', 'dub', 'nyc', 'sfo', 'sin', 'syd'];

/**
 * A token of about `targetLength` characters (200 KB by default): the claims a
 * directory-backed provider emits for a user in many groups with fine-grained
 * permissions, as seen when group claims are not trimmed.
 */
export function largeToken(jti, targetLength = 200_000, now = Math.floor(Date.now() / 1000)) {
  const random = seededRandom(0x5eed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const payload = {
    ...oidcClaims(jti, now),
    tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    roles: ['Orders.Read', 'Orders.Write', 'Billing.Read', 'Reports.Export'],
    groups: [],
    permissions: [],
    resource_access: {},
  };
  for (const service of SERVICES) payload.resource_access[`${service}-api`] = { roles: ACTIONS.filter(() => random() < 0.5) };

  // base64url grows JSON by 4/3; leave room for the header and signature.
  const jsonTarget = Math.floor(((targetLength - 80) * 3) / 4);
  let jsonLength = JSON.stringify(payload).length;
  for (let i = 0; jsonLength < jsonTarget; i++) {
    let added;
    if (i % 3 === 0) {
      added = uuid(random);
      payload.groups.push(added);
    } else {
      const service = pick(SERVICES);
      added = {
        resource: `urn:acme:${service}:${pick(SITES)}:${1000 + Math.floor(random() * 9000)}`,
        actions: ACTIONS.filter(() => random() < 0.4),
        granted_at: now - Math.floor(random() * 90 * 86400),
        granted_by: `${pick(['policy', 'group', 'admin'])}:${uuid(random).slice(0, 8)}`,
        expires: random() < 0.3 ? now + Math.floor(random() * 30 * 86400) : null,
      };
      payload.permissions.push(added);
    }
    jsonLength += JSON.stringify(added).length + 1;
  }
  return compactJws(payload);
}
