import { lazy, Suspense, type ComponentProps } from 'react';
import type { EncryptionPanel as Panel, IncomingJweNote } from './encryption-panel';

/** Encrypting and jose's encryption are a chunk of their own, loaded when a token is to be encrypted. */
export const loadEncryption = () => import('./encryption-panel');

const EncryptionPanel = lazy(loadEncryption);
const IncomingNote = lazy(() => loadEncryption().then((module) => ({ default: module.IncomingJweNote })));

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

export function LazyIncomingNote(props: ComponentProps<typeof IncomingJweNote>) {
  return (
    <Suspense fallback={null}>
      <IncomingNote {...props} />
    </Suspense>
  );
}
