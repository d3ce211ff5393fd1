import { Cite } from '../cite';

export function RefreshTokenRotation() {
  return (
    <>
      <p>
        A refresh token lives for hours or days, so it is the prize. For clients that cannot keep a secret, such as browser apps, refresh tokens must be bound to the client or
        rotated: each use returns a new refresh token and retires the old one.
        <Cite id="refreshTokenProtection" />
      </p>
      <p>
        Rotation turns theft into a signal. If a thief and the user both hold the same refresh token, whoever uses it second presents a retired token. The authorization server
        cannot tell which of the two is the thief, so it revokes the whole family of tokens and the user signs in again.
        <Cite id="refreshTokenRotation" />
      </p>
      <p>
        The browser-apps guidance adds: give refresh tokens a maximum or idle lifetime, never let a rotated token outlive the first one, and tie them to the user’s session at the
        authorization server. Its worked example uses a 10-minute access token and an 8-hour refresh token.
        <Cite id="bbaRefreshTokens" />
      </p>
    </>
  );
}
