import { KB, type ViewDefinition } from '../../runtime/view';

/** Edit a header and payload, and sign them with a secret or a key made on the spot. */
export const encoderView = {
  id: 'encoder',
  path: 'encoder',
  label: 'Encoder',
  title: 'Token Lens — JWT encoder',
  offlineName: 'the encoder',
  loadingText: 'Loading the encoder…',
  load: () => import('./encoder-page').then((module) => ({ default: module.EncoderPage })),
  // The shell plus the encoder's own chunk and the one it shares with the verifier: jose's
  // signing, the key readers and the weak-secret list.
  firstViewBudget: { jsGzipBytes: 120 * KB, cssGzipBytes: 15 * KB },
} satisfies ViewDefinition;
