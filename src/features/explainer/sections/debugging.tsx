import { Cite } from '../cite';
import { CookieLinter } from '../widgets/cookie-linter';

export function Debugging() {
  return (
    <>
      <p>
        When a login “does not stick”, look at the cookie first. Open the browser’s developer tools, find the <code>Set-Cookie</code> header of the response that should set
        it, and read its attributes: a <code>__Host-</code> cookie with a <code>Domain</code> or without <code>Secure</code> is rejected silently; a <code>Secure</code> cookie
        cannot be set or overwritten from plain <code>http</code> (localhost excepted)
        <Cite id="cookieSecure" />; a cookie with <code>Path=/api</code> is not sent to <code>/app</code>, and the default path is the directory of the URL that set it;{' '}
        <code>Path=/docs</code> matches <code>/docs/Web</code> but not <code>/docsets</code>, and <code>Path</code> is no security boundary.
        <Cite id="cookiePath" />
      </p>
      <p>
        Browsers keep a cookie for at most 400 days whatever its <code>Max-Age</code> or <code>Expires</code> says (<code>Max-Age</code> wins when both are set), and drop one
        whose name and value exceed 4096 bytes, which a large JWT in a cookie can.
        <Cite id="cookieLimits" /> With neither <code>Max-Age</code> nor <code>Expires</code> it is a session cookie, which the browser’s session restore can bring back
        after a restart. Without <code>Domain</code> the cookie belongs to the exact host; with it, to every subdomain too. A leading dot in <code>Domain</code> is ignored,
        and a <code>Domain</code> that is a public suffix or does not contain the host is rejected.
        <Cite id="mdnSetCookie" />
      </p>
      <p>
        For tokens: decode them (nothing here leaves your browser), check <code>exp</code>, <code>nbf</code> and <code>iat</code> against the server’s clock, and compare{' '}
        <code>iss</code>, <code>aud</code> and <code>typ</code> with what the API expects. The linter below reads <code>Set-Cookie</code> lines the same way a browser does and
        says what a browser would do with them.
      </p>
      <CookieLinter />
    </>
  );
}
