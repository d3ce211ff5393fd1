import { KB, type ViewDefinition } from '../../runtime/view';

/** Make key pairs and secrets, and convert keys between PEM and JWK. */
export const keysView = {
  id: 'keys',
  path: 'keys',
  label: 'Keys',
  title: 'Token Lens — Key generator and converter',
  offlineName: 'the key tools',
  loadingText: 'Loading the key tools…',
  load: () => import('./keys-page').then((module) => ({ default: module.KeysPage })),
  // The shell plus the key tools' own chunk, jose's key generation and the verifier's key
  // reading (PEM, DER, JWK) they reuse.
  firstViewBudget: { jsGzipBytes: 110 * KB, cssGzipBytes: 15 * KB },
} satisfies ViewDefinition;
