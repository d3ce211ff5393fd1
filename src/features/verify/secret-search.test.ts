import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker: records what it is sent, answers when told. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly sent: unknown[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: URL) {
    FakeWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
}

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  // The module keeps its worker: each test starts from a fresh copy.
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the well-known-secret search worker', () => {
  it('is started and warmed ahead of the first search, which then uses it', async () => {
    const { warmSecretSearch, searchWellKnownSecrets } = await import('./secret-search');
    warmSecretSearch();
    expect(FakeWorker.started).toHaveLength(1);
    const worker = FakeWorker.started[0]!;
    expect(worker.sent).toEqual([{ type: 'warm' }]);

    const found = searchWellKnownSecrets('eyJhbGciOiJIUzI1NiJ9.e30.c2ln');
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.sent[1]).toEqual({ type: 'search', id: 0, token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln' });
    worker.onmessage?.(new MessageEvent('message', { data: { id: 0, secret: 'secret' } }));
    expect(await found).toBe('secret');
  });

  it('starts one worker however often it is warmed', async () => {
    const { warmSecretSearch } = await import('./secret-search');
    warmSecretSearch();
    warmSecretSearch();
    expect(FakeWorker.started).toHaveLength(1);
  });
});
