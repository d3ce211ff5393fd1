import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RevocationInputs, RevocationWindows } from './revocation-types';
import { BBA_EXAMPLE, simulateRevocation, TIMELINE_LANES } from './revocation-window';

function run(changes: Partial<RevocationInputs> = {}): RevocationWindows {
  const result = simulateRevocation({ ...BBA_EXAMPLE, ...changes });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function after(w: RevocationWindows) {
  return {
    access: w.accessToken.afterLogoutSeconds,
    refresh: w.refreshToken.afterLogoutSeconds,
    minted: w.mintedAccess?.afterLogoutSeconds ?? 0,
    session: w.session.afterLogoutSeconds,
  };
}

describe('BBA’s worked example: 10-minute access token, 8-hour rotating refresh token, logout at 1:05', () => {
  const w = run();

  it('a copy of the access token in use at logout (issued at 1:00) works 5 more minutes, until its exp', () => {
    expect(w.stolenAt).toBe(3600);
    expect(w.accessToken).toEqual({ from: 3600, until: 4200, afterLogoutSeconds: 300, endsBy: 'expiry', issuedAt: 3600, expiresAt: 4200 });
  });

  it('the refresh token dies at logout, but a token minted with it just before lives a full 10 minutes after', () => {
    expect(w.refreshToken).toEqual({ from: 3600, until: 3900, afterLogoutSeconds: 0, endsBy: 'revocation' });
    expect(w.mintedAccess).toEqual({ from: 3600, until: 4500, afterLogoutSeconds: 600, endsBy: 'expiry' });
  });

  it('a copy of the session cookie stops at logout', () => {
    expect(w.session).toEqual({ from: 3600, until: 3900, afterLogoutSeconds: 0, endsBy: 'session-deleted' });
  });

  it('draws each window as a bar before logout and a bar after, dropping empty ones', () => {
    expect(w.segments.map(({ lane, start, end, kind }) => [lane, start, end, kind])).toEqual([
      ['user', 0, 3900, 'signed-in'],
      ['access-token', 3600, 3900, 'usable'],
      ['access-token', 3900, 4200, 'usable-after-logout'],
      ['refresh-token', 3600, 3900, 'usable'],
      ['minted-access', 3600, 3900, 'usable'],
      ['minted-access', 3900, 4500, 'usable-after-logout'],
      ['session-cookie', 3600, 3900, 'usable'],
    ]);
    expect(w.markers.map((m) => [m.kind, m.at])).toEqual([
      ['sign-in', 0],
      ['theft', 3600],
      ['logout', 3900],
      ['access-token-expiry', 4200],
    ]);
    expect(w.end).toBe(4500);
    for (const s of w.segments) expect(TIMELINE_LANES.map((l) => l.lane)).toContain(s.lane);
  });
});

describe('what cuts the access token short', () => {
  it('a deny list read on every request: nothing after logout, for the copy and for minted tokens', () => {
    const w = run({ denyList: true });
    expect(after(w)).toEqual({ access: 0, refresh: 0, minted: 0, session: 0 });
    expect(w.accessToken.endsBy).toBe('deny-list');
    expect(w.mintedAccess?.endsBy).toBe('deny-list');
  });

  it('a deny list that takes 5 s to reach the API: 5 s', () => {
    expect(after(run({ denyList: true, denyListDelaySeconds: 5 }))).toMatchObject({ access: 5, minted: 5 });
  });

  it('introspection cached for 60 s bounds both at 60 s', () => {
    const w = run({ introspectionCacheSeconds: 60 });
    expect(after(w)).toMatchObject({ access: 60, minted: 60 });
    expect(w.accessToken.endsBy).toBe('introspection-cache');
  });

  it('a cache longer than what is left of the token changes nothing: exp comes first', () => {
    const w = run({ introspectionCacheSeconds: 600 });
    expect(w.accessToken).toMatchObject({ until: 4200, endsBy: 'expiry' });
    expect(w.mintedAccess).toMatchObject({ until: 4500, endsBy: 'expiry' });
  });

  it('with both, the quicker check wins', () => {
    expect(run({ denyList: true, denyListDelaySeconds: 10, introspectionCacheSeconds: 60 }).accessToken).toMatchObject({ until: 3910, endsBy: 'deny-list' });
    expect(run({ denyList: true, denyListDelaySeconds: 90, introspectionCacheSeconds: 60 }).accessToken).toMatchObject({ until: 3960, endsBy: 'introspection-cache' });
  });

  it('no check helps when logout does not tell the server: nothing is listed or marked inactive', () => {
    expect(after(run({ revokeOnLogout: false, denyList: true, introspectionCacheSeconds: 0 })).access).toBe(300);
  });
});

describe('rotation and reuse detection', () => {
  it('a refresh token stolen at sign-in is caught at the user’s next refresh, 10 minutes in, long before logout', () => {
    const w = run({ stolenAt: 0 });
    expect(w.refreshToken).toEqual({ from: 0, until: 600, afterLogoutSeconds: 0, endsBy: 'reuse-detection' });
    expect(w.mintedAccess).toMatchObject({ until: 1200, afterLogoutSeconds: 0 });
    expect(w.accessToken).toMatchObject({ until: 600, afterLogoutSeconds: 0, endsBy: 'expiry' });
    expect(w.markers).toContainEqual(expect.objectContaining({ kind: 'reuse-detected', at: 600 }));
  });

  it('with a deny list, the family’s revocation on reuse also stops the minted tokens at once', () => {
    expect(run({ stolenAt: 0, denyList: true }).mintedAccess).toMatchObject({ until: 600, endsBy: 'deny-list' });
  });

  it('without rotation nothing is detected: the refresh token works until logout revokes it', () => {
    const w = run({ stolenAt: 0, rotation: false });
    expect(w.refreshToken).toMatchObject({ until: 3900, endsBy: 'revocation' });
    expect(w.mintedAccess).toMatchObject({ until: 4500, afterLogoutSeconds: 600 });
    expect(w.markers.some((m) => m.kind === 'reuse-detected')).toBe(false);
  });

  it('a logout that revokes nothing leaves the refresh token working until the family expires, rotation or not', () => {
    for (const rotation of [true, false]) {
      const w = run({ rotation, revokeOnLogout: false });
      expect(w.refreshToken).toMatchObject({ until: 28_800, afterLogoutSeconds: 24_900, endsBy: 'family-expiry' });
      expect(w.mintedAccess).toMatchObject({ until: 29_400, afterLogoutSeconds: 25_500, endsBy: 'expiry' });
    }
  });

  it('rotation still catches the thief before logout when the user refreshes in between', () => {
    expect(run({ stolenAt: 0, revokeOnLogout: false }).refreshToken).toMatchObject({ until: 600, endsBy: 'reuse-detection' });
  });
});

describe('the session', () => {
  it('is cut off at logout, or after the app servers’ lookup cache', () => {
    expect(run({ sessionCacheSeconds: 30 }).session).toEqual({ from: 3600, until: 3930, afterLogoutSeconds: 30, endsBy: 'session-cache' });
  });
});

describe('edges', () => {
  it('logout at the very moment of a refresh: the user does not refresh, and the last token expires at logout', () => {
    const w = run({ logoutAtSeconds: 3600 });
    expect(w.accessToken).toMatchObject({ from: 3000, issuedAt: 3000, until: 3600, afterLogoutSeconds: 0 });
    expect(w.refreshToken).toMatchObject({ until: 3600, endsBy: 'revocation' });
  });

  it('logout right at sign-in: the access token lives on for its whole lifetime; the refresh token never works', () => {
    const w = run({ logoutAtSeconds: 0 });
    expect(w.accessToken).toMatchObject({ from: 0, until: 600, afterLogoutSeconds: 600 });
    expect(w.refreshToken).toMatchObject({ from: 0, until: 0, afterLogoutSeconds: 0 });
    expect(w.mintedAccess).toBeNull();
    expect(w.segments.every((s) => s.end > s.start)).toBe(true);
  });

  it('an access token longer than the refresh family: no refresh ever happens', () => {
    const w = run({ accessTokenLifetimeSeconds: 3600, refreshTokenLifetimeSeconds: 1800, logoutAtSeconds: 900, stolenAt: 0 });
    expect(w.accessToken).toMatchObject({ until: 3600, afterLogoutSeconds: 2700 });
  });
});

describe('invalid inputs', () => {
  it.each([
    [{ accessTokenLifetimeSeconds: 0 }, 'invalid-duration', 'accessTokenLifetimeSeconds'],
    [{ accessTokenLifetimeSeconds: 1.5 }, 'invalid-duration', 'accessTokenLifetimeSeconds'],
    [{ refreshTokenLifetimeSeconds: Number.NaN }, 'invalid-duration', 'refreshTokenLifetimeSeconds'],
    [{ introspectionCacheSeconds: -1 }, 'invalid-duration', 'introspectionCacheSeconds'],
    [{ sessionCacheSeconds: Infinity }, 'invalid-duration', 'sessionCacheSeconds'],
    [{ stolenAt: -5 }, 'invalid-duration', 'stolenAt'],
    [{ logoutAtSeconds: 28_800 }, 'logout-after-refresh-expiry', 'logoutAtSeconds'],
    [{ stolenAt: 3901 }, 'stolen-after-logout', 'stolenAt'],
  ] as const)('%o gives %s on %s', (changes, code, field) => {
    const result = simulateRevocation({ ...BBA_EXAMPLE, ...changes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field });
  });
});

const inputs = fc
  .record({
    accessTokenLifetimeSeconds: fc.integer({ min: 1, max: 7200 }),
    refreshTokenLifetimeSeconds: fc.integer({ min: 1, max: 200_000 }),
    rotation: fc.boolean(),
    revokeOnLogout: fc.boolean(),
    denyList: fc.boolean(),
    denyListDelaySeconds: fc.integer({ min: 0, max: 120 }),
    introspectionCacheSeconds: fc.option(fc.integer({ min: 0, max: 900 })),
    sessionCacheSeconds: fc.integer({ min: 0, max: 120 }),
    logoutFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    stolenFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map(({ logoutFraction, stolenFraction, ...rest }): RevocationInputs => {
    const logoutAtSeconds = Math.floor(logoutFraction * rest.refreshTokenLifetimeSeconds);
    return { ...rest, logoutAtSeconds, stolenAt: stolenFraction === null ? 'at-issue' : Math.floor(stolenFraction * logoutAtSeconds) };
  });

function simulate(i: RevocationInputs): RevocationWindows {
  const result = simulateRevocation(i);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('properties', () => {
  it('windows are never negative, never longer than the credential allows, and bars are never empty', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const w = simulate(i);
        const A = i.accessTokenLifetimeSeconds;
        for (const e of [w.accessToken, w.refreshToken, w.session, ...(w.mintedAccess ? [w.mintedAccess] : [])]) {
          expect(e.until).toBeGreaterThanOrEqual(e.from);
          expect(e.afterLogoutSeconds).toBe(Math.max(0, e.until - w.logoutAt));
        }
        expect(w.accessToken.afterLogoutSeconds).toBeLessThanOrEqual(A);
        expect(w.accessToken.until).toBeLessThanOrEqual(w.accessToken.expiresAt);
        expect(w.session.afterLogoutSeconds).toBe(i.sessionCacheSeconds);
        for (const s of w.segments) {
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(w.end);
        }
        expect(w.markers.map((m) => m.at)).toEqual([...w.markers.map((m) => m.at)].sort((a, b) => a - b));
      }),
    );
  });

  it('revocation at logout: the refresh token stops at once, minted tokens within one lifetime, checks within their delay', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const w = simulate({ ...i, revokeOnLogout: true });
        expect(w.refreshToken.afterLogoutSeconds).toBe(0);
        expect(w.mintedAccess?.afterLogoutSeconds ?? 0).toBeLessThanOrEqual(i.accessTokenLifetimeSeconds);
        const bound = Math.min(i.denyList ? i.denyListDelaySeconds : Infinity, i.introspectionCacheSeconds ?? Infinity);
        expect(w.accessToken.afterLogoutSeconds).toBeLessThanOrEqual(bound);
        expect(w.mintedAccess?.afterLogoutSeconds ?? 0).toBeLessThanOrEqual(bound);
        const instant = simulate({ ...i, revokeOnLogout: true, denyList: true, denyListDelaySeconds: 0 });
        expect(after(instant)).toEqual({ access: 0, refresh: 0, minted: 0, session: i.sessionCacheSeconds });
      }),
    );
  });

  it('adding a deny list or rotation never lengthens a window', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const base = after(simulate({ ...i, denyList: false, rotation: false }));
        for (const changed of [after(simulate({ ...i, denyList: true, rotation: false })), after(simulate({ ...i, denyList: false, rotation: true }))]) {
          expect(changed.access).toBeLessThanOrEqual(base.access);
          expect(changed.refresh).toBeLessThanOrEqual(base.refresh);
          expect(changed.minted).toBeLessThanOrEqual(base.minted);
        }
      }),
    );
  });

  it('a theft "at issue" of the last access token is the worst case for that token', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1, noNaN: true }), (i, f) => {
        const worst = simulate({ ...i, stolenAt: 'at-issue' }).accessToken.afterLogoutSeconds;
        expect(simulate({ ...i, stolenAt: Math.floor(f * i.logoutAtSeconds) }).accessToken.afterLogoutSeconds).toBeLessThanOrEqual(worst);
      }),
    );
  });
});
