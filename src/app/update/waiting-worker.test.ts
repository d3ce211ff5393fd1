import { describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING, activateWaitingWorker, watchForWaitingWorker, type WorkerLike } from './waiting-worker';

class FakeWorker extends EventTarget implements WorkerLike {
  state = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  startInstalling(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  constructor(public controller: object | null) {
    super();
  }
}

describe('watchForWaitingWorker', () => {
  it('reports a worker that finishes installing while an older one controls the page', () => {
    const registration = new FakeRegistration();
    const onWaiting = vi.fn();
    watchForWaitingWorker(new FakeContainer({}), registration, onWaiting);
    const worker = new FakeWorker();
    registration.startInstalling(worker);
    expect(onWaiting).not.toHaveBeenCalled();
    worker.moveTo('installed');
    expect(onWaiting).toHaveBeenCalledOnce();
  });

  it('reports a worker left waiting by an earlier visit without waiting for an update event', () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const onWaiting = vi.fn();
    watchForWaitingWorker(new FakeContainer({}), registration, onWaiting);
    expect(onWaiting).toHaveBeenCalledOnce();
  });

  it('follows a worker that was already installing when the page registered', () => {
    const registration = new FakeRegistration();
    const worker = new FakeWorker();
    registration.installing = worker;
    const onWaiting = vi.fn();
    watchForWaitingWorker(new FakeContainer({}), registration, onWaiting);
    worker.moveTo('installed');
    expect(onWaiting).toHaveBeenCalledOnce();
  });

  it('does not treat the first install, with no controller, as an update', () => {
    const registration = new FakeRegistration();
    const onWaiting = vi.fn();
    watchForWaitingWorker(new FakeContainer(null), registration, onWaiting);
    const worker = new FakeWorker();
    registration.startInstalling(worker);
    worker.moveTo('installed');
    worker.moveTo('activated');
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('ignores a worker that fails to install', () => {
    const registration = new FakeRegistration();
    const onWaiting = vi.fn();
    watchForWaitingWorker(new FakeContainer({}), registration, onWaiting);
    const worker = new FakeWorker();
    registration.startInstalling(worker);
    worker.moveTo('redundant');
    expect(onWaiting).not.toHaveBeenCalled();
  });
});

describe('activateWaitingWorker', () => {
  it('asks the waiting worker to take over and reloads once, when it controls the page', () => {
    const container = new FakeContainer({});
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    registration.waiting = waiting;
    const reload = vi.fn();
    activateWaitingWorker(container, registration, reload);
    expect(waiting.messages).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads without waiting for a controller change when no worker waits any more', () => {
    const reload = vi.fn();
    activateWaitingWorker(new FakeContainer({}), new FakeRegistration(), reload);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('sends the message Workbox\'s generated worker listens for', () => {
    expect(SKIP_WAITING).toEqual({ type: 'SKIP_WAITING' });
  });
});
