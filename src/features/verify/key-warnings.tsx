import { useMemo, type ReactNode } from 'react';
import type { Severity } from '../../lib/jwt/finding-types';
import { KEY_WEAKNESSES, weakKeys, weakKeySecrets, type ParsedKey, type VerifyResult, type WeakKey, type WeakKeySecret } from '../../lib/verify';
import { SourceLink } from '../../ui/source-link';

const RFC_URLS: Readonly<Record<string, string>> = {
  'RFC 7518 §3.2': 'https://www.rfc-editor.org/rfc/rfc7518#section-3.2',
  'RFC 8725 §3.5': 'https://www.rfc-editor.org/rfc/rfc8725#section-3.5',
  'RFC 8725 §3.1': 'https://www.rfc-editor.org/rfc/rfc8725#section-3.1',
};

interface Citation {
  label: string;
  href: string;
}

function rfcCitations(rules: readonly string[]): Citation[] {
  return rules.map((rule) => ({ label: rule, href: RFC_URLS[rule] ?? 'https://www.rfc-editor.org/rfc/rfc8725' }));
}

interface WarningProps {
  testId: string;
  tone: 'danger' | 'caution';
  /** Set on the warning-<code> hooks, as on the decoder's findings. */
  severity?: Severity;
  title: string;
  sources: readonly Citation[];
  children: ReactNode;
}

function Warning({ testId, tone, severity, title, sources, children }: WarningProps) {
  const colours =
    tone === 'danger'
      ? 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100'
      : 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100';
  return (
    <div data-testid={testId} data-severity={severity} className={`rounded-lg border px-3 py-2 text-sm ${colours}`}>
      <div className="flex flex-wrap items-center gap-2">
        <strong>{title}</strong>
        <span className="ml-auto flex gap-2">
          {sources.map((source) => (
            <SourceLink key={source.label} href={source.href}>
              {source.label}
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

/**
 * What is wrong with the key itself, apart from the verdict: weak secrets, weak keys (ROCA),
 * public keys used as secrets, private keys.
 */
export function KeyWarnings({ parsed, alg, result }: Props) {
  // Once per key, not once per tick of the page's clock: a JWK Set may hold thousands of secrets.
  const weak = useMemo(() => (alg !== undefined ? weakKeySecrets(parsed, alg) : []), [parsed, alg]);
  const weakKeyList = useMemo(() => weakKeys(parsed), [parsed]);
  const rules = [...new Set(weak.flatMap((secret) => secret.reasons.map((reason) => reason.rule)))];
  const privatePasted = result?.privateKeyPasted === true || ((parsed.kind === 'pem' || parsed.kind === 'jwk' || parsed.kind === 'jwks') && parsed.privateKeyPasted);
  return (
    <>
      {result?.code === 'key-as-secret' && (
        <Warning testId="warning-key-as-secret" tone="danger" severity="critical" title="A public key used as an HMAC secret" sources={rfcCitations(['RFC 8725 §3.1'])}>
          The token asks for {result.alg}, a shared-secret algorithm, and the key pasted is public. Accepting it is the algorithm-confusion attack: anyone with the public key
          could sign such tokens. This verifier refuses it; check that your server does too.
        </Warning>
      )}
      {weakKeyList.length > 0 && <WeakKeyWarning keys={weakKeyList} />}
      {weak.length > 0 && (
        <Warning testId="warning-weak-secret" tone="caution" severity="high" title={weak.length > 1 ? 'Weak secrets' : 'Weak secret'} sources={rfcCitations(rules)}>
          <WeakSecretList secrets={weak} />
        </Warning>
      )}
      {privatePasted && (
        <Warning testId="private-key-notice" tone="caution" title="A private key was pasted" sources={[]}>
          Verifying never needs a private key: only its public part was used. It stayed in this page and was not sent or stored, but treat it as exposed if you copied it
          from somewhere it should not have been.
        </Warning>
      )}
    </>
  );
}

/** One warning per kind of weakness; a JWK Set names its affected keys, the first few of them. */
function WeakKeyWarning({ keys }: { keys: readonly WeakKey[] }) {
  const codes = [...new Set(keys.map((key) => key.code))];
  return (
    <>
      {codes.map((code) => {
        const info = KEY_WEAKNESSES[code];
        const labels = keys.filter((key) => key.code === code && key.label !== undefined).map((key) => key.label!);
        const shown = labels.slice(0, SHOWN_WEAK_SECRETS);
        return (
          <Warning key={code} testId="warning-weak-key" tone="danger" severity={info.severity} title={info.title} sources={[{ label: info.source, href: info.sourceUrl }]}>
            {shown.length > 0 && (
              <p>
                <strong>
                  {shown.join(', ')}
                  {labels.length > shown.length ? ` and ${labels.length - shown.length} more` : ''}:
                </strong>
              </p>
            )}
            <p data-code={code}>{info.message}</p>
          </Warning>
        );
      })}
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

