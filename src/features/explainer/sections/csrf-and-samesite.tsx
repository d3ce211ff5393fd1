import { Cite } from '../cite';
import { CookieSent } from '../widgets/cookie-sent';

export function CsrfAndSameSite() {
  return (
    <>
      <p>
        A cookie is sent by the browser, not by your code: a form on another site that posts to yours arrives with your user’s cookie. That is cross-site request forgery. The{' '}
        <code>SameSite</code> attribute limits it: <code>Strict</code> sends the cookie only with requests from your own site; <code>Lax</code> also sends it on top-level
        navigations with safe methods (following a link); <code>None</code> sends it everywhere and requires <code>Secure</code>.
        <Cite id="sameSite" />
      </p>
      <p>
        A cookie without <code>SameSite</code> is treated as <code>Lax</code> by the draft standard, but only Chromium-based browsers do so by default; Firefox and Safari do not.
        Always set it.
        <Cite id="sameSite" />
        <Cite id="mdnSameSite" />
      </p>
      <p>
        “Same site” means the same registrable domain, not the same origin: <code>app.example.com</code> and <code>api.example.com</code> are same-site, so a flaw
        on a sibling subdomain can still send your cookies. A state-changing <code>GET</code> defeats <code>Lax</code>. SameSite is defence in depth beside CSRF tokens or
        checks of <code>Origin</code> and <code>Sec-Fetch-Site</code>, not a replacement for them.
        <Cite id="csrfSameSite" />
      </p>
      <p>
        Tokens sent in an <code>Authorization</code> header are not sent automatically, so CSRF does not reach them; the script that sends them is what an XSS abuses instead.
      </p>
      <CookieSent />
    </>
  );
}
