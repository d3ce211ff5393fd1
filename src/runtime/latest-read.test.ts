import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestRead } from './latest-read';

/** A stand-in worker: replies with what `reply` makes of each message, or fails to start. */
class FakeWorker {
  static reply: (message: { id: number; n: number }) => unknown = (message) => ({ id: message.id, doubled: message.n * 2 });
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  postMessage(message: { id: number; n: number }) {
    queueMicrotask(() => this.onmessage?.({ data: FakeWorker.reply(message) }));
  }
  terminate() {
    this.terminated = true;
  }
}

const reader = (startWorker: () => Worker) =>
  latestRead({
    startWorker,
    message: (id, n: number) => ({ id, n }),
    result: (reply: { id: number; doubled: number | null }) => reply.doubled ?? undefined,
    readHere: async (n, isCurrent) => {
      await Promise.resolve();
      return isCurrent() ? -n : null;
    },
  });

afterEach(() => vi.unstubAllGlobals());

describe('latestRead', () => {
  it('reads in the worker where one starts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    await expect(reader(() => new FakeWorker() as unknown as Worker)(4)).resolves.toBe(8);
  });

  it('reads on this thread where no worker exists, or none can start', async () => {
    await expect(reader(() => new FakeWorker() as unknown as Worker)(4)).resolves.toBe(-4);
    vi.stubGlobal('Worker', FakeWorker);
    const failing = reader(() => {
      throw new Error('blocked');
    });
    await expect(failing(5)).resolves.toBe(-5);
  });

  it('reads on this thread when the worker could not read the request', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const original = FakeWorker.reply;
    FakeWorker.reply = (message) => ({ id: message.id, doubled: null });
    try {
      await expect(reader(() => new FakeWorker() as unknown as Worker)(3)).resolves.toBe(-3);
    } finally {
      FakeWorker.reply = original;
    }
  });

  it('a newer request ends the older one, which resolves with null', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const started: FakeWorker[] = [];
    const read = reader(() => {
      const worker = new FakeWorker();
      started.push(worker);
      return worker as unknown as Worker;
    });
    const older = read(1);
    const newer = read(2);
    await expect(older).resolves.toBeNull();
    await expect(newer).resolves.toBe(4);
    expect(started[0]?.terminated).toBe(true);
  });

  it('on this thread, an older read stops once a newer one arrives', async () => {
    const read = reader(() => new FakeWorker() as unknown as Worker);
    const older = read(1);
    const newer = read(2);
    await expect(older).resolves.toBeNull();
    await expect(newer).resolves.toBe(-2);
  });
});
