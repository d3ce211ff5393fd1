import type { SegmentName } from '../../lib/jwt/types';

/** One colour a segment, shared by the token editor and the panels' titles. */
export const SEGMENT_CLASS: Record<SegmentName, string> = {
  header: 'seg-header',
  payload: 'seg-payload',
  signature: 'seg-signature',
  'encrypted-key': 'seg-extra',
  iv: 'seg-signature',
  ciphertext: 'seg-payload',
  tag: 'seg-extra',
};

export const SEGMENT_LABEL: Record<SegmentName, string> = {
  header: 'Header',
  payload: 'Payload',
  signature: 'Signature',
  'encrypted-key': 'Encrypted key',
  iv: 'Initialization vector',
  ciphertext: 'Ciphertext',
  tag: 'Authentication tag',
};
