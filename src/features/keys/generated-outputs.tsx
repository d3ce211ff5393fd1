import { useId, useState, type ReactNode } from 'react';
import { formatJson, keyForms, type GeneratedKey } from '../../lib/keys';
import { CopyButton } from '../../ui/copy-button';
import { KeyOutput } from './key-output';

type KeyForms = ReturnType<typeof keyForms>;

/** Shows a key's PEM and JWK forms; `id` prefixes the ids of their headings. */
export type RenderForms = (generated: GeneratedKey<string>, forms: KeyForms, id: string) => ReactNode;

/** A signing key's forms: PEM, JWKs and JWK Set, or a secret's bytes and its "oct" JWK. */
const signingForms: RenderForms = (generated, forms, id) =>
  generated.type === 'pair' ? (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <KeyOutput id={`${id}-public-pem`} label="Public key (PEM, SPKI)" value={generated.publicPem.trimEnd()} testId="keygen-public-pem" />
      <KeyOutput id={`${id}-private-pem`} label="Private key (PEM, PKCS#8)" value={generated.privatePem.trimEnd()} testId="keygen-private-pem" secret />
      <KeyOutput id={`${id}-public-jwk`} label="Public JWK" value={formatJson(forms.publicJwk)} testId="keygen-public-jwk" />
      <KeyOutput id={`${id}-private-jwk`} label="Private JWK" value={formatJson(forms.privateJwk)} testId="keygen-private-jwk" secret />
      <KeyOutput id={`${id}-jwks`} label="JWK Set (public)" value={formatJson(forms.jwks)} testId="keygen-jwks" />
    </div>
  ) : (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <KeyOutput id={`${id}-base64url`} label="Secret (base64url)" value={generated.base64url} testId="keygen-secret-base64url" secret />
      <KeyOutput id={`${id}-hex`} label="Secret (hex)" value={generated.hex} testId="keygen-secret-hex" secret />
      <KeyOutput id={`${id}-jwk`} label="Secret as a JWK (kty oct)" value={formatJson(forms.privateJwk)} testId="keygen-private-jwk" secret />
    </div>
  );

interface Props {
  generated: GeneratedKey<string>;
  /** How the forms are laid out and named; a signing key's by default. */
  renderForms?: RenderForms | undefined;
}

/** The forms of a generated key, with an editable `kid` (RFC 7517 §4.5) that defaults to its RFC 7638 thumbprint. */
export function GeneratedOutputs({ generated, renderForms = signingForms }: Props) {
  const id = useId();
  const [kid, setKid] = useState(generated.thumbprint);
  const forms = keyForms(generated, kid);

  return (
    <div className="mt-4 space-y-4">
      <div className="space-y-1">
        <label htmlFor={`${id}-kid`} className="block text-sm font-semibold">
          Key ID (kid)
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <input
            id={`${id}-kid`}
            data-testid="keygen-kid"
            value={kid}
            onChange={(event) => setKid(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-kid-hint`}
            className="min-w-0 flex-1 basis-64 rounded-md border border-slate-400 bg-white px-2 py-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-950"
          />
          <CopyButton text={kid} label="Copy the kid" />
          {kid !== generated.thumbprint && (
            <button
              type="button"
              onClick={() => setKid(generated.thumbprint)}
              className="inline-flex min-h-8 items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
            >
              Use the thumbprint
            </button>
          )}
        </div>
        <p id={`${id}-kid-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          Defaults to the key’s RFC 7638 SHA-256 thumbprint, <span data-testid="keygen-thumbprint" className="font-mono [overflow-wrap:anywhere]">{generated.thumbprint}</span>. Empty leaves
          “kid” out.
        </p>
      </div>
      {renderForms(generated, forms, id)}
    </div>
  );
}
