// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { decodeProtectedHeader } from 'jose';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '../../lib/core/json';
import { makeChain, pemOf, signedWithChain, x5cOf, type TestChain } from '../../lib/verify/test-chain';
import { ChainPanel } from './chain-panel';

// The real checks, counted: the clock must not repeat them.
const readChain = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../lib/verify/x5c-checks', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/verify/x5c-checks')>();
  return {
    ...original,
    readChain: (...args: Parameters<typeof original.readChain>) => {
      readChain.calls++;
      return original.readChain(...args);
    },
  };
});

const VALIDITY = { notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') };
const NOW = new Date('2026-06-01T12:00:00Z');

let chain: TestChain;
let token: string;
let header: JsonObject;
beforeAll(async () => {
  chain = await makeChain(VALIDITY);
  token = await signedWithChain(chain.leafKeys.privateKey, x5cOf(chain.leaf, chain.intermediate));
  header = decodeProtectedHeader(token) as JsonObject;
});

beforeEach(() => {
  readChain.calls = 0;
});

const status = () => screen.getByTestId('chain-status');

describe('ChainPanel', () => {
  it('checks the chain after the first paint, then against the anchor typed', async () => {
    render(<ChainPanel token={token} header={header} now={NOW} />);
    expect(screen.queryByTestId('chain-status')).toBeNull();
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'none'));
    expect(screen.getByTestId('chain-cert-0')).toHaveAttribute('data-status', 'ok');
    fireEvent.change(screen.getByTestId('trust-anchor-input'), { target: { value: pemOf(chain.root) } });
    await waitFor(() => expect(status()).toHaveAttribute('data-status', 'trusted'));
    expect(status()).not.toHaveAttribute('data-checking');
    expect(readChain.calls).toBe(1);
  });

  it('follows "now" without checking the chain again', async () => {
    const { rerender } = render(<ChainPanel token={token} header={header} now={NOW} />);
    await waitFor(() => expect(status()).toHaveAttribute('data-code', 'no-anchor'));
    rerender(<ChainPanel token={token} header={header} now={new Date('2031-01-01T00:00:00Z')} />);
    expect(status()).toHaveAttribute('data-code', 'expired');
    expect(screen.getByTestId('chain-cert-0')).toHaveAttribute('data-status', 'broken');
    expect(screen.getAllByTestId('chain-problem-expired').map((problem) => problem.getAttribute('data-index'))).toEqual(['0', '1']);
    expect(readChain.calls).toBe(1);
  });

  it('keeps an anchor that cannot be read as typed, and says why', async () => {
    render(<ChainPanel token={token} header={header} now={NOW} />);
    fireEvent.change(screen.getByTestId('trust-anchor-input'), { target: { value: 'not a certificate' } });
    expect(await screen.findByTestId('trust-anchor-error')).toHaveAttribute('data-code', 'anchor-not-pem');
    expect(screen.getByTestId('trust-anchor-input')).toHaveValue('not a certificate');
    expect(status()).toHaveAttribute('data-code', 'anchor-invalid');
  });
});
