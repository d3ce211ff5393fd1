import type { JsonView } from '../../ui/json-view';
import type { DecodeErrors } from './decode-errors';
import type { PayloadPanel } from './payload-panel';
import type { TokenView } from './token-view';

/**
 * Components of the first view that views loaded later show their content with, handed in
 * rather than imported: a chunk loaded later that imported them would have the bundler split
 * the modules they share with the first view out of its chunk, a request and bytes more.
 */
export interface DecoderParts {
  JsonView: typeof JsonView;
  PayloadPanel: typeof PayloadPanel;
  TokenView: typeof TokenView;
  DecodeErrors: typeof DecodeErrors;
  typeClass: string;
}
