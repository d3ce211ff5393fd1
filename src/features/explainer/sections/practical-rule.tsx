import { Cite } from '../cite';
import { DecisionHelper } from '../widgets/decision-helper';

export function PracticalRule() {
  return (
    <>
      <p>
        <strong>One site with its own backend:</strong> use a server-side session in a <code>__Host-</code>, <code>HttpOnly</code>, <code>Secure</code> cookie with{' '}
        <code>SameSite</code> set
        <Cite id="hostPrefix" />; when you need OAuth tokens, keep them in a backend for frontend.
        <Cite id="bbaBff" />
      </p>
      <p>
        <strong>Between services and APIs:</strong> short-lived, audience-restricted JWT access tokens, checked strictly.
        <Cite id="audienceRestriction" />
      </p>
      <p>
        <strong>A browser app with no backend:</strong> tokens in memory, short access tokens, rotating refresh tokens with a capped lifetime — and know that this carries more
        risk; for business or personal data it is not recommended.
        <Cite id="bbaBrowserOnly" />
      </p>
      <DecisionHelper />
    </>
  );
}
