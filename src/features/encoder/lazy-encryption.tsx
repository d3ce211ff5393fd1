import { lazy, Suspense, type ComponentProps } from 'react';
import type { EncryptionPanel as Panel } from './encryption-panel';

/** Encrypting and jose's encryption are a chunk of their own, loaded when a token is to be encrypted. */
export const loadEncryption = () => import('./encryption-panel');

const EncryptionPanel = lazy(loadEncryption);

export function LazyEncryption(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense
      fallback={
        <p role="status" data-testid="encoder-encryption-loading" className="text-sm text-slate-600 dark:text-slate-400">
          Loading encryption…
        </p>
      }
    >
      <EncryptionPanel {...props} />
    </Suspense>
  );
}
