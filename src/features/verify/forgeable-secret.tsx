import { useEffect, useState } from 'react';
import { SourceLink } from '../../ui/source-link';
import { searchWellKnownSecrets } from './secret-search';

interface Props {
  token: string;
  /** Only HS* tokens are signed with a secret that can be guessed. */
  alg: string | undefined;
  onUse: (secret: string) => void;
}

/**
 * With no key given, an HS* token is tried against the bundled well-known secrets.
 * A match means anyone can forge this issuer's tokens (RFC 8725 §3.5).
 */
export function ForgeableSecret({ token, alg, onUse }: Props) {
  const [found, setFound] = useState<{ token: string; secret: string | null } | null>(null);
  const applies = alg !== undefined && /^HS(256|384|512)$/.test(alg);

  useEffect(() => {
    if (!applies) return;
    let live = true;
    void searchWellKnownSecrets(token).then((secret) => live && setFound({ token, secret }));
    return () => {
      live = false;
    };
  }, [token, applies]);

  const secret = applies && found?.token === token ? found.secret : null;
  // The live region is there before the search ends, so that its finding is announced (WCAG 4.1.3).
  return (
    <div role="status" aria-live="polite" aria-label="Well-known secret search">
      {secret !== null && <Finding secret={secret} alg={alg} onUse={onUse} />}
    </div>
  );
}

function Finding({ secret, alg, onUse }: { secret: string; alg: string | undefined; onUse: (secret: string) => void }) {
  return (
    <div data-testid="warning-weak-secret" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
      <div className="flex flex-wrap items-center gap-2">
        <strong>Signed with a well-known secret</strong>
        <span className="ml-auto">
          <SourceLink href="https://www.rfc-editor.org/rfc/rfc8725#section-3.5">RFC 8725 §3.5</SourceLink>
        </span>
      </div>
      <p className="mt-1 [overflow-wrap:anywhere]">
        This token’s signature matches the secret <code className="font-mono">{JSON.stringify(secret)}</code>, found in a list of secrets from documentation,
        tutorials and common passwords. Anyone can forge tokens this issuer will accept: replace the secret with at least {alg === 'HS512' ? 64 : alg === 'HS384' ? 48 : 32}{' '}
        random bytes.
      </p>
      <button type="button" onClick={() => onUse(secret)} className="mt-2 text-sm font-medium underline">
        Verify with it
      </button>
    </div>
  );
}
