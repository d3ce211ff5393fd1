// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VerifyPanel } from './verify-panel';

const secretSearch = vi.hoisted(() => ({ warm: vi.fn(), search: vi.fn(() => new Promise<string | null>(() => {})) }));
vi.mock('./secret-search', () => ({ warmSecretSearch: secretSearch.warm, searchWellKnownSecrets: secretSearch.search }));

afterEach(() => {
  // Unmounted first: unmounting cancels the idle callback through the stubs.
  cleanup();
  vi.unstubAllGlobals();
});

describe('VerifyPanel', () => {
  it('starts the secret search worker when the page is idle after a token is shown, not before', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    // An RS256 token: no search is started for it, only the warm-up.
    render(<VerifyPanel token="eyJhbGciOiJSUzI1NiJ9.e30.c2ln" now={new Date('2024-01-01T00:00:00Z')} />);
    expect(secretSearch.warm).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle[0]!({ didTimeout: false, timeRemaining: () => 10 });
    expect(secretSearch.warm).toHaveBeenCalledOnce();
    expect(secretSearch.search).not.toHaveBeenCalled();
  });
});
