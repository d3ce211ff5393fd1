import { Cite } from '../cite';

export function StorageAndXss() {
  return (
    <>
      <p>
        Where a browser keeps a credential decides who can take it. Any script that runs in the page can read <code>localStorage</code> and <code>sessionStorage</code>, so a
        single cross-site scripting flaw, or one compromised dependency, hands every token there to an attacker. Do not keep tokens there.
        <Cite id="webStorage" />
        <Cite id="bbaTokenStorage" />
      </p>
      <p>
        Keeping tokens in memory shortens how long they are exposed, but a script running in the page can still use them while it runs.
        <Cite id="bbaTokenStorage" /> An <code>HttpOnly</code> cookie is out of reach of <code>document.cookie</code>, yet the browser still sends it with the page’s
        requests to your site, including <code>fetch</code> calls made by injected script: HttpOnly stops theft of the cookie, not misuse of it.
        <Cite id="mdnSetCookie" />
      </p>
      <p>
        Scripts can never read <code>Set-Cookie</code> response headers at all.
        <Cite id="forbiddenResponseHeader" /> For browser apps of any sensitivity the browser-apps guidance strongly recommends a backend for frontend: the browser holds only an
        HttpOnly session cookie, and the OAuth tokens stay on the server.
        <Cite id="bbaBff" />
      </p>
    </>
  );
}
