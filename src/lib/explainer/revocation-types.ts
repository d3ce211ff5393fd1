import type { Result } from '../core/result';

/**
 * Inputs and outputs of the revocation-window simulator. Every time is a whole number of
 * seconds; instants count from the moment the user signs in (0).
 */

export interface RevocationInputs {
  /** How long an access token lives. BBA's example: 600 (10 minutes). More than 0. */
  accessTokenLifetimeSeconds: number;
  /**
   * How long the refresh-token family lives from sign-in: with rotation, a rotated token
   * never outlives the first (BBA, "Refresh Tokens"). BBA's example: 28,800 (8 hours). More than 0.
   */
  refreshTokenLifetimeSeconds: number;
  /** Each refresh returns a new refresh token; presenting a spent one revokes the family (RFC 9700 §4.14.2). */
  rotation: boolean;
  /**
   * Logout tells the authorization server (RFC 7009), which revokes the grant: its refresh
   * tokens and, where it can, its access tokens. False: logout only forgets the tokens in the browser.
   */
  revokeOnLogout: boolean;
  /** The API checks every access token's (iss, jti) against a deny list (OWASP JWT Cheat Sheet). */
  denyList: boolean;
  /** How long a new deny-list entry takes to reach every API instance; 0 for one shared store read on each request. */
  denyListDelaySeconds: number;
  /**
   * null: the API verifies JWTs by itself. A number: the API asks the authorization server
   * about each token (introspection, RFC 7662, as for opaque tokens) and caches the answer this long (§4).
   */
  introspectionCacheSeconds: number | null;
  /** In the session model, how long app servers may cache a session lookup; 0 for none. */
  sessionCacheSeconds: number;
  /** When the user logs out. Before the refresh-token family expires. */
  logoutAtSeconds: number;
  /**
   * When the thief copies what the browser holds (the access token, the refresh token, the
   * session cookie); at most logoutAtSeconds. 'at-issue': when the access token in use at
   * logout was issued, the copy that lasts longest after logout.
   */
  stolenAt: number | 'at-issue';
}

/** Why a stolen credential stops working. */
export type EndReason =
  /** The access token reached its exp. */
  | 'expiry'
  /** The deny-list entry reached the API. */
  | 'deny-list'
  /** The API's cached introspection answer ran out. */
  | 'introspection-cache'
  /** The refresh token was revoked at logout. */
  | 'revocation'
  /** The user's next refresh presented the token the thief had already spent: the family was revoked. */
  | 'reuse-detection'
  /** The refresh-token family reached its maximum lifetime. */
  | 'family-expiry'
  /** Logout deleted the session record. */
  | 'session-deleted'
  /** The app servers' cached session lookup ran out. */
  | 'session-cache';

/** For how long one stolen credential works. */
export interface ExposureWindow {
  /** When the thief got it. */
  from: number;
  /** When it stops working (from + the length of the window). */
  until: number;
  /** For how long it still works after logout: max(0, until - logout). */
  afterLogoutSeconds: number;
  endsBy: EndReason;
}

export interface StolenAccessToken extends ExposureWindow {
  issuedAt: number;
  expiresAt: number;
}

export type TimelineLane = 'user' | 'access-token' | 'refresh-token' | 'minted-access' | 'session-cookie';

/** 'signed-in': the user's own time; 'usable' and 'usable-after-logout': a thief's. */
export type SegmentKind = 'signed-in' | 'usable' | 'usable-after-logout';

/** A bar on the timeline, from start to end (seconds after sign-in); never empty. */
export interface TimelineSegment {
  lane: TimelineLane;
  start: number;
  end: number;
  label: string;
  kind: SegmentKind;
}

export type MarkerKind = 'sign-in' | 'theft' | 'logout' | 'reuse-detected' | 'access-token-expiry';

/** An instant on the timeline. */
export interface TimelineMarker {
  at: number;
  label: string;
  kind: MarkerKind;
}

export interface RevocationWindows {
  logoutAt: number;
  /** stolenAt resolved to an instant. */
  stolenAt: number;
  /** A copy of the access token the browser held when stolen. */
  accessToken: StolenAccessToken;
  /** A copy of the refresh token, used by the thief at once (their best play). */
  refreshToken: ExposureWindow;
  /** The API access bought with the stolen refresh token; null when it dies the moment it is stolen. */
  mintedAccess: ExposureWindow | null;
  /** A copy of the session cookie, in the session model. */
  session: ExposureWindow;
  segments: TimelineSegment[];
  markers: TimelineMarker[];
  /** Where a drawing of the timeline should end: the last segment's end, or logout. */
  end: number;
}

export type RevocationErrorCode = 'invalid-duration' | 'logout-after-refresh-expiry' | 'stolen-after-logout';

export interface RevocationError {
  code: RevocationErrorCode;
  /** The input at fault. */
  field: keyof RevocationInputs;
  message: string;
}

export type RevocationResult = Result<RevocationWindows, RevocationError>;
