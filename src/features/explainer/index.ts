export { ExplainerPage as default } from './explainer-page';
