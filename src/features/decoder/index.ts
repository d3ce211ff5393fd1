import { KB, type ViewDefinition } from '../../runtime/view';

export { SEGMENT_CLASS } from './segment-colours';

/** The app's root: paste a token, see its header, claims and signature, and check it. */
export const decoderView = {
  id: 'decoder',
  path: '',
  label: 'Decoder',
  title: 'Token Lens — JWT decoder',
  offlineName: 'the decoder and verifier',
  loadingText: 'Loading the decoder…',
  load: () => import('./decoder-page').then((module) => ({ default: module.DecoderPage })),
  // The shell, React and what shows a pasted token's header and payload, with what finds the
  // token in a paste and tells where it ends; the explanations, the findings and the
  // verifier load after the first paint.
  firstViewBudget: { jsGzipBytes: 92 * KB, cssGzipBytes: 15 * KB },
} satisfies ViewDefinition;
