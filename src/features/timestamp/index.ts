export { TimestampPage as default } from './timestamp-page';
