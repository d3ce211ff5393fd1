import { hrefTo } from '../../runtime/view-href';
import { encoderView } from '../encoder';
import { ConvertSection } from './convert-section';
import { GenerateSection } from './generate-section';

/** Make keys and secrets for signing or encrypting tokens, and convert pasted keys between PEM and JWK. */
export function KeysPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-bold tracking-tight">Key generator and converter</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Keys for signing (RSA, EC and Ed25519 pairs, HMAC secrets) and for encryption (RSA-OAEP and ECDH-ES pairs, AES key-wrap and direct keys), as PEM, JWK and JWK
          Set, made by your browser’s Web Crypto. To sign a token with one, paste its private key or secret into the{' '}
          <a href={hrefTo(encoderView)} data-testid="keys-encoder-link" className="text-indigo-700 underline dark:text-indigo-300">
            Encoder
          </a>
          .
        </p>
        <p data-testid="keys-privacy" className="mt-2 rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-100">
          Private keys and secrets live in this page’s memory only: they are never stored, never put in the address bar and never sent anywhere. Reloading or leaving the page forgets them.
        </p>
      </div>
      <GenerateSection />
      <ConvertSection />
    </div>
  );
}
