import { Cite } from '../cite';
import { FlowsExplorer } from '../widgets/flows-explorer';

export function HowJwtWorks() {
  return (
    <>
      <p>
        A JSON Web Token carries the facts itself: who the user is (<code>sub</code>), who issued the token (<code>iss</code>), for whom it is meant (<code>aud</code>), and
        until when it holds (<code>exp</code>, in seconds since 1970, leap seconds ignored, possibly with a fraction). The issuer signs it; any service with the issuer’s key checks the signature and
        the claims without asking anyone.
        <Cite id="numericDate" />
      </p>
      <p>
        Checking means more than a valid signature. A verifier allows one algorithm per key from a fixed list and does not accept <code>alg: none</code> by default
        <Cite id="algorithmVerification" />; it checks the issuer and the audience, so that a token for one service is not accepted by another
        <Cite id="issuerValidation" />
        <Cite id="audienceValidation" />; and it checks the token’s type (<code>typ: at+jwt</code> for OAuth access tokens), so that an ID token cannot pass for an access token.
        <Cite id="explicitTyping" />
        <Cite id="jwtAccessTokenHeader" /> An HMAC key must be a random secret, never a password someone can remember.
        <Cite id="strongKeys" /> Times allow a small leeway for clock skew, usually no more than a few minutes.
        <Cite id="exp" />
        <Cite id="nbf" />
      </p>
      <p>
        In OAuth, a short-lived access token goes to APIs in an <code>Authorization: Bearer</code> header, and a longer-lived refresh token is exchanged at the authorization
        server for new access tokens. Access tokens should be restricted to their audience and to the least privilege
        <Cite id="audienceRestriction" />, and bound to the client that holds them (DPoP or mutual TLS), so that a stolen copy is useless elsewhere.
        <Cite id="senderConstraint" />
        <Cite id="dpop" />
        <Cite id="mtls" />
      </p>
      <p>
        The benefit: no shared store, any service can check a token on its own. The cost: once issued, a token is valid until it expires, whatever happens in between; that is
        the subject of the next section.
      </p>
      <h3 className="pt-2 font-semibold">Step through both, side by side</h3>
      <p>
        The same user signs in, calls an API and logs out, once with a server-side session and once with JWT access and refresh tokens. Every step shows the HTTP messages as
        sent; every token in them opens in the decoder.
      </p>
      <FlowsExplorer />
    </>
  );
}
