import { lazy } from 'react';

/** The decryption panel: jose's decryption and the key readers load only when a JWE is shown. */
export const DecryptPanel = lazy(() => import('../decrypt').then((decrypt) => ({ default: decrypt.DecryptPanel })));
