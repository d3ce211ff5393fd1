/**
 * One read at a time in a worker, the latest winning: a newer request ends the one the
 * worker is busy with (it cannot drop a read halfway, so a fresh worker starts), and the
 * older request resolves with null. Where no worker can start (a page opened from a
 * file, a blocked script), or the worker cannot finish a read, the read runs on the
 * page's own thread, in steps that stop once a newer request has replaced it.
 */
interface LatestReadOptions<Request, Reply, Result> {
  /** `new Worker(new URL('./x.worker.ts', import.meta.url), …)`, written out by the caller so the bundler sees it. */
  startWorker: () => Worker;
  /** What the worker is sent; `id` must come back in its reply. */
  message: (id: number, request: Request) => unknown;
  /** The result in the worker's reply, or undefined when it could not read it. */
  result: (reply: Reply, request: Request) => Result | null | undefined;
  /** The same read on this thread; `isCurrent` turns false once a newer request arrives. */
  readHere: (request: Request, isCurrent: () => boolean) => Promise<Result | null>;
}

export function latestRead<Request, Reply extends { id: number }, Result>(options: LatestReadOptions<Request, Reply, Result>): (request: Request) => Promise<Result | null> {
  let worker: Worker | null = null;
  let workerFailed = false;
  let nextId = 0;
  /** Counts requests, so that a read on this thread stops once a newer one has replaced it. */
  let latest = 0;
  let running: { id: number; request: Request; resolve: (result: Result | null) => void } | null = null;

  const readHere = (request: Request) => {
    const read = latest;
    return options.readHere(request, () => read === latest);
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const startWorker = (): Worker | null => {
    if (typeof Worker === 'undefined' || workerFailed) return null;
    if (worker) return worker;
    try {
      worker = options.startWorker();
    } catch {
      workerFailed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<Reply>) => {
      if (running?.id !== event.data.id) return;
      const { request, resolve } = running;
      running = null;
      const result = options.result(event.data, request);
      if (result !== undefined) resolve(result);
      else void readHere(request).then(resolve);
    };
    // A worker that cannot start (a page opened from a file, an old engine): read on this thread instead.
    worker.onerror = () => {
      workerFailed = true;
      stopWorker();
      const pending = running;
      running = null;
      if (pending) void readHere(pending.request).then(pending.resolve);
    };
    return worker;
  };

  return (request) => {
    latest++;
    if (running) {
      running.resolve(null);
      running = null;
      stopWorker();
    }
    const reader = startWorker();
    if (!reader) return readHere(request);
    const id = nextId++;
    return new Promise((resolve) => {
      running = { id, request, resolve };
      reader.postMessage(options.message(id, request));
    });
  };
}
