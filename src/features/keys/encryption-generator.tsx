import { ENC_KEY_KINDS, encKeyKindInfo, generateEncryptionKey, needsAes192, type EncKeyKind } from '../../lib/keys';
import { SourceLink } from '../../ui/source-link';
import { encryptionForms } from './encryption-outputs';
import { KeyGeneratorForm } from './key-generator-form';

const makeEncryptionKey = (kind: EncKeyKind, alg: string) => generateEncryptionKey(kind, { alg });

/** Where the chosen kind is defined, and whether Chromium can use it. */
function encryptionNote(kind: EncKeyKind, alg: string) {
  const info = encKeyKindInfo(kind);
  const needing = info.enc ? `dir with ${info.enc}` : alg;
  return (
    <div className="mt-3 space-y-2">
      <p data-testid="keygen-sources" className="text-xs text-slate-600 dark:text-slate-400">
        {info.enc ? `The key is the content encryption key itself: the JWE header says "alg": "dir", "enc": "${info.enc}". ` : ''}
        Defined in{' '}
        {info.sources.map((source, index) => (
          <span key={source.sourceUrl}>
            {index > 0 ? ' and ' : ''}
            <SourceLink href={source.sourceUrl}>{source.source}</SourceLink>
          </span>
        ))}
        .
      </p>
      {needsAes192(kind, alg) && (
        <p
          role="note"
          data-testid="keygen-a192-note"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
        >
          {needing} needs 192-bit AES, which Chromium’s Web Crypto lacks: Chrome, Edge and other Chromium browsers (this page in them included) cannot encrypt or decrypt
          with it. Firefox and Node.js can. The key is still made here, as random bytes; choose a 128- or 256-bit kind for a key every browser can use.
        </p>
      )}
    </div>
  );
}

/** The generator's encryption purpose: keys for JWE, with `use: "enc"` in their JWKs. */
export function EncryptionGenerator() {
  return <KeyGeneratorForm kinds={ENC_KEY_KINDS} initialKind="RSA-OAEP-2048" make={makeEncryptionKey} note={encryptionNote} renderForms={encryptionForms} />;
}
