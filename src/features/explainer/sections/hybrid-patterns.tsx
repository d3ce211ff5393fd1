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
        <Cite id="hostPrefix" /> (The <code>__Secure-</code> prefix requires only <code>Secure</code>; prefixes match in any case.)
      </p>
      <p>
        Between services, short-lived JWT access tokens restricted to one audience are the norm
        <Cite id="audienceRestriction" />; a gateway may exchange an incoming token for one meant for the next service. Where instant revocation matters, the API can introspect
        tokens at the authorization server, trading a network call for the power to stop a token early.
        <Cite id="introspection" />
      </p>
      <p>
        Size is a smaller matter than revocation, but it is paid on every request: a session cookie is a few dozen bytes, a JWT several hundred. HTTP/2 can send a header that
        repeats on one connection as a short index, if the encoder indexes it; some never index <code>Authorization</code>, so a bearer token may then go in full on every request.
      </p>
      <SizeComparison />
    </>
  );
}
