import { useMemo, type ReactNode } from 'react';
import { weakKeySecrets, type ParsedKey, type VerifyResult, type WeakKeySecret } from '../../lib/verify';
import { SourceLink } from '../../ui/source-link';

const RFC_URLS: Readonly<Record<string, string>> = {
  'RFC 7518 §3.2': 'https://www.rfc-editor.org/rfc/rfc7518#section-3.2',
  'RFC 8725 §3.5': 'https://www.rfc-editor.org/rfc/rfc8725#section-3.5',
  'RFC 8725 §3.1': 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1',
};

function Warning({ testId, tone, title, rules, children }: { testId: string; tone: 'danger' | 'caution'; title: string; rules: string[]; children: ReactNode }) {
  const colours =
    tone === 'danger'
      ? 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100'
      : 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100';
  return (
    <div data-testid={testId} className={`rounded-lg border px-3 py-2 text-sm ${colours}`}>
      <div className="flex flex-wrap items-center gap-2">
        <strong>{title}</strong>
        <span className="ml-auto flex gap-2">
          {rules.map((rule) => (
            <SourceLink key={rule} href={RFC_URLS[rule] ?? 'https://www.rfc-editor.org/rfc/rfc8725'}>
              {rule}
            </SourceLink>
          ))}
        </span>
      </div>
      <div className="mt-1 [overflow-wrap:anywhere]">{children}</div>
    </div>
  );
}

interface Props {
  parsed: ParsedKey;
  /** The token's alg, which sets how long an HMAC secret must be. */
  alg: string | undefined;
  result: VerifyResult | null;
}

/** What is wrong with the key itself, apart from the verdict: weak secrets, public keys used as secrets, private keys. */
export function KeyWarnings({ parsed, alg, result }: Props) {
  // Once per key, not once per tick of the page's clock: a JWK Set may hold thousands of secrets.
  const weak = useMemo(() => (alg !== undefined ? weakKeySecrets(parsed, alg) : []), [parsed, alg]);
  const rules = [...new Set(weak.flatMap((secret) => secret.reasons.map((reason) => reason.rule)))];
  const privatePasted = result?.privateKeyPasted === true || ((parsed.kind === 'pem' || parsed.kind === 'jwk' || parsed.kind === 'jwks') && parsed.privateKeyPasted);
  return (
    <>
      {result?.code === 'key-as-secret' && (
        <Warning testId="warning-key-as-secret" tone="danger" title="A public key used as an HMAC secret" rules={['RFC 8725 §3.1']}>
          The token asks for {result.alg}, a shared-secret algorithm, and the key pasted is public. Accepting it is the algorithm-confusion attack: anyone with the public key
          could sign such tokens. This verifier refuses it; check that your server does too.
        </Warning>
      )}
      {weak.length > 0 && (
        <Warning testId="warning-weak-secret" tone="caution" title={weak.length > 1 ? 'Weak secrets' : 'Weak secret'} rules={rules}>
          <WeakSecretList secrets={weak} />
        </Warning>
      )}
      {privatePasted && (
        <Warning testId="private-key-notice" tone="caution" title="A private key was pasted" rules={[]}>
          Verifying never needs a private key: only its public part was used. It stayed in this page and was not sent or stored, but treat it as exposed if you copied it
          from somewhere it should not have been.
        </Warning>
      )}
    </>
  );
}

/** A JWK Set may hold many weak secrets: the first few are named, the rest counted. */
const SHOWN_WEAK_SECRETS = 5;

function WeakSecretList({ secrets }: { secrets: WeakKeySecret[] }) {
  const shown = secrets.slice(0, SHOWN_WEAK_SECRETS);
  const more = secrets.length - shown.length;
  return (
    <ul className="space-y-1">
      {shown.flatMap((secret, i) =>
        secret.reasons.map((reason) => (
          <li key={`${i}-${reason.code}`}>
            {secret.label !== undefined && <strong>{secret.label}: </strong>}
            {reason.message}
          </li>
        )),
      )}
      {more > 0 && <li>…and {more} more {more === 1 ? 'key' : 'keys'} of the set with a weak secret.</li>}
    </ul>
  );
}

