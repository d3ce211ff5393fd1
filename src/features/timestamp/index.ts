import { KB, type ViewDefinition } from '../../runtime/view';

/** Any epoch value or date string in UTC, local time and any zone, and back. */
export const timestampView = {
  id: 'timestamp',
  path: 'timestamp',
  label: 'Timestamps',
  title: 'Token Lens — Timestamp converter',
  offlineName: 'the timestamp converter',
  loadingText: 'Loading the timestamp converter…',
  load: () => import('./timestamp-page').then((module) => ({ default: module.TimestampPage })),
  // The shell plus the converter's zone tables and date formats.
  firstViewBudget: { jsGzipBytes: 110 * KB, cssGzipBytes: 15 * KB },
} satisfies ViewDefinition;
