import { useId, useState } from 'react';
import { generateKey, KEY_KINDS, type KeyKind } from '../../lib/keys';
import { useHydrated } from '../../runtime/use-hydrated';
import { Panel } from '../../ui/panel';
import { EncryptionGenerator } from './encryption-generator';
import { KeyGeneratorForm, SELECT_CLASS } from './key-generator-form';

type Purpose = 'sig' | 'enc';


const makeSigningKey = (kind: KeyKind, alg: string) => generateKey(kind, { alg });

const PURPOSE_HINT: Record<Purpose, string> = {
  sig: 'Signing keys sign tokens (JWS) for anyone with the public key or secret to verify: RSA, EC and Ed25519 pairs, HMAC secrets.',
  enc: 'Encryption keys let a sender encrypt a token (JWE) that only its recipient opens: RSA-OAEP and ECDH-ES pairs, AES key-wrap and direct keys.',
};

/** "Generate a key": for signing or for encryption, then a kind and an algorithm. */
export function GenerateSection() {
  const id = useId();
  const hydrated = useHydrated();
  const [purpose, setPurpose] = useState<Purpose>('sig');

  return (
    <Panel labelledBy={`${id}-title`} title="Generate a key">
      <div className="mb-4 flex min-w-0 max-w-full flex-col gap-1">
        <label htmlFor={`${id}-purpose`} className="text-sm font-semibold">
          Purpose
        </label>
        {/* Held until hydration, as the Generate button is: a choice made earlier would be undone by it. */}
        <select
          id={`${id}-purpose`}
          data-testid="keygen-purpose"
          value={purpose}
          onChange={(event) => setPurpose(event.target.value === 'enc' ? 'enc' : 'sig')}
          disabled={!hydrated}
          aria-describedby={`${id}-purpose-hint`}
          className={`${SELECT_CLASS} self-start`}
        >
          <option value="sig">Signing (JWS)</option>
          <option value="enc">Encryption (JWE)</option>
        </select>
        <p id={`${id}-purpose-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {PURPOSE_HINT[purpose]}
        </p>
      </div>
      {/* One generator at a time: switching purpose forgets the key shown, and no hook appears twice. */}
      {purpose === 'sig' ? <KeyGeneratorForm kinds={KEY_KINDS} initialKind="RSA-2048" make={makeSigningKey} /> : <EncryptionGenerator />}
    </Panel>
  );
}
