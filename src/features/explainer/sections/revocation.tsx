import { Cite } from '../cite';
import { RevocationSimulator } from '../widgets/revocation-simulator';

export function Revocation() {
  return (
    <>
      <p>
        Logging out of a session deletes it on the server: the next request with its ID fails. A signed token has no such switch. The server that checks it looks only at the
        signature and the claims; a copy stolen before logout keeps working until its <code>exp</code>.
      </p>
      <p>
        To revoke JWTs early, the checker must ask something: a deny list of revoked tokens, keyed on the issuer and the token’s <code>jti</code> rather than on the raw token,
        whose signature bytes can vary. With a deny list the token is no longer stateless, and a plain session may be simpler.
        <Cite id="jwtRevocation" /> Refresh tokens can be revoked at the authorization server
        <Cite id="revocationRequest" />, which stops new access tokens; JWT access tokens already issued still pass an API’s local check until they expire.
      </p>
      <p>
        No specification fixes how long an access token lives; the browser-apps guidance speaks of minutes to hours. Treat the lifetime as a setting whose price is the window
        during which a stolen token still works.
        <Cite id="bba" /> The simulator below shows that window for the settings you choose.
      </p>
      <RevocationSimulator />
    </>
  );
}
