// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SkippedKey, VerifyResult } from '../../lib/verify';
import { KeyDetails } from './key-details';
import { SHOWN_SKIPPED_KEYS } from './skipped-keys';

// Counts how often a row is drawn, to show that the clock does not redraw the list.
const rowRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./skipped-key-row', async (importOriginal) => {
  const original = await importOriginal<typeof import('./skipped-key-row')>();
  return {
    SkippedKeyRow: (props: Parameters<typeof original.SkippedKeyRow>[0]) => {
      rowRenders.count++;
      return original.SkippedKeyRow(props);
    },
  };
});

function skippedKeys(count: number): SkippedKey[] {
  return Array.from({ length: count }, (_, index) =>
    index < 31
      ? { index, reason: 'signature-mismatch', message: `Key ${index} was tried: the signature does not match it.` }
      : { index, reason: 'attempt-limit', message: `Key ${index} was not tried.` },
  );
}

const result: VerifyResult = {
  status: 'invalid',
  code: 'signature-mismatch',
  message: 'No match.',
  alg: 'ES256',
  key: { description: 'EC P-256 public key', source: 'jwks', index: 31 },
  skipped: skippedKeys(9_999),
  privateKeyPasted: false,
};

beforeEach(() => {
  rowRenders.count = 0;
});

describe('KeyDetails with a very large JWK Set', () => {
  it(`lists the first ${SHOWN_SKIPPED_KEYS} skipped keys and counts the rest by reason`, () => {
    render(<KeyDetails result={result} now={new Date('2024-01-01T00:00:00Z')} />);
    expect(screen.getAllByTestId(/^jwks-skipped-\d+$/)).toHaveLength(SHOWN_SKIPPED_KEYS);
    expect(screen.getByTestId('jwks-skipped-0')).toHaveAttribute('data-reason', 'signature-mismatch');
    expect(screen.getByTestId(`jwks-skipped-${SHOWN_SKIPPED_KEYS - 1}`)).toHaveAttribute('data-reason', 'attempt-limit');
    expect(screen.queryByTestId(`jwks-skipped-${SHOWN_SKIPPED_KEYS}`)).toBeNull();
    expect(screen.getByTestId('jwks-skipped-more')).toHaveTextContent('…and 9,949 more keys, not listed (9,949 over the limit of keys tried).');
  });

  it('does not redraw the list when only the clock moves', () => {
    const { rerender } = render(<KeyDetails result={result} now={new Date('2024-01-01T00:00:00Z')} />);
    expect(rowRenders.count).toBe(SHOWN_SKIPPED_KEYS);
    rerender(<KeyDetails result={result} now={new Date('2024-01-01T00:00:01Z')} />);
    rerender(<KeyDetails result={result} now={new Date('2024-01-01T00:00:02Z')} />);
    expect(rowRenders.count).toBe(SHOWN_SKIPPED_KEYS);
    // A new verdict is a new list, and is drawn.
    rerender(<KeyDetails result={{ ...result, skipped: skippedKeys(10) }} now={new Date('2024-01-01T00:00:03Z')} />);
    expect(rowRenders.count).toBe(SHOWN_SKIPPED_KEYS + 10);
    expect(screen.queryByTestId('jwks-skipped-more')).toBeNull();
  });
});
