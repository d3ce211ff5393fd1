export { DecoderPage } from './decoder-page';
export { preloadExplanations } from './use-explanations';
