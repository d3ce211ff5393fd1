import { Cite } from '../cite';
import { SizeComparison } from '../widgets/size-comparison';

export function HybridPatterns() {
  return (
    <>
      <p>
        Most real systems use both. The common browser pattern is the backend for frontend (BFF): the browser talks only to its own backend with an HttpOnly session cookie,
        and the backend holds the OAuth access and refresh tokens and calls the APIs with them.
        <Cite id="bbaBff" /> The user gets instant logout through the session; the APIs get self-contained, audience-restricted tokens.
      </p>
      <p>
        The cookie for such a session is <code>Secure</code>, <code>HttpOnly</code>, <code>SameSite=Strict</code>, <code>Path=/</code>, without <code>Domain</code>, and
        named with the <code>__Host-</code> prefix, which the browser only accepts from a secure origin, for the exact host, with <code>Path=/</code>.
        <Cite id="bbaCookies" />
        <Cite id="hostPrefix" />
      </p>
      <p>
        Between services, short-lived JWT access tokens restricted to one audience are the norm; a gateway may exchange an incoming token for one meant for the next service.
        Where instant revocation matters, the API can introspect tokens at the authorization server, trading a network call for the power to stop a token early.
        <Cite id="audienceRestriction" />
      </p>
      <p>
        Size is a smaller matter than revocation, but it is paid on every request: a session cookie is a few dozen bytes, a JWT several hundred. HTTP/2 compresses a header that
        repeats on one connection, so the cost falls mostly on the first request of each connection.
      </p>
      <SizeComparison />
    </>
  );
}
