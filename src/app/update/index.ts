export { registerServiceWorker } from './register';
export { UpdateBanner } from './update-banner';
