import { formatJson } from '../../lib/keys';
import type { RenderForms } from './generated-outputs';
import { KeyOutput } from './key-output';

const ROLES_CLASS = 'rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100';
const GROUP_CLASS = 'text-sm font-semibold text-slate-800 dark:text-slate-200';

/**
 * An encryption key's forms, named by who holds them. A pair: the recipient keeps the
 * private key and publishes the public one, to which senders encrypt (RFC 7516 §5.1). A
 * symmetric key is shared by both sides and is never published.
 */
export const encryptionForms: RenderForms = (generated, forms, id) =>
  generated.type === 'pair' ? (
    <div className="space-y-4">
      <p data-testid="keygen-roles" className={ROLES_CLASS}>
        The recipient, who decrypts, keeps the private key and publishes the public key (the public JWK, or the JWK Set at its jwks_uri). A sender encrypts to the public
        key; only the private key opens what was encrypted to it.
      </p>
      <p className={GROUP_CLASS}>For senders: publish these</p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <KeyOutput id={`${id}-public-jwk`} label="Public JWK" value={formatJson(forms.publicJwk)} testId="keygen-public-jwk" />
        <KeyOutput id={`${id}-jwks`} label="Public JWK Set" value={formatJson(forms.jwks)} testId="keygen-jwks" />
        <KeyOutput id={`${id}-public-pem`} label="Public key (PEM, SPKI)" value={generated.publicPem.trimEnd()} testId="keygen-public-pem" />
      </div>
      <p className={GROUP_CLASS}>For the recipient: keep these private</p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <KeyOutput id={`${id}-private-pem`} label="Private key (PEM, PKCS#8)" value={generated.privatePem.trimEnd()} testId="keygen-private-pem" secret />
        <KeyOutput id={`${id}-private-jwk`} label="Private JWK" value={formatJson(forms.privateJwk)} testId="keygen-private-jwk" secret />
      </div>
    </div>
  ) : (
    <div className="space-y-4">
      <p data-testid="keygen-roles" className={ROLES_CLASS}>
        A shared key: the sender and the recipient both hold it, and whoever has it can encrypt and decrypt. Hand it over only through a secure channel; it is never
        published in a JWK Set.
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <KeyOutput id={`${id}-base64url`} label="Key (base64url)" value={generated.base64url} testId="keygen-secret-base64url" secret />
        <KeyOutput id={`${id}-hex`} label="Key (hex)" value={generated.hex} testId="keygen-secret-hex" secret />
        <KeyOutput id={`${id}-jwk`} label="Key as a JWK (kty oct)" value={formatJson(forms.privateJwk)} testId="keygen-private-jwk" secret />
      </div>
    </div>
  );
