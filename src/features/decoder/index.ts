export { DecoderPage } from './decoder-page';
export { preloadExplanations } from './use-explanations';
export { SEGMENT_CLASS } from './segment-colours';
