export { EncoderPage as default } from './encoder-page';
