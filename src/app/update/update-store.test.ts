import { describe, expect, it, vi } from 'vitest';
import { createUpdateStore } from './update-store';

describe('createUpdateStore', () => {
  it('starts with nothing to offer, and applying then does nothing', () => {
    const store = createUpdateStore();
    expect(store.status()).toBe('none');
    store.apply();
    store.dismiss();
    expect(store.status()).toBe('none');
  });

  it('offers an update and applies it once, however often the button is pressed', () => {
    const store = createUpdateStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const apply = vi.fn();
    store.offer(apply);
    expect(store.status()).toBe('ready');
    store.apply();
    store.apply();
    expect(store.status()).toBe('applying');
    expect(apply).toHaveBeenCalledOnce();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('can be put aside, and a later offer shows it again', () => {
    const store = createUpdateStore();
    store.offer(() => {});
    store.dismiss();
    expect(store.status()).toBe('dismissed');
    store.offer(() => {});
    expect(store.status()).toBe('ready');
  });

  it('stops telling a listener that unsubscribed', () => {
    const store = createUpdateStore();
    const listener = vi.fn();
    store.subscribe(listener)();
    store.offer(() => {});
    expect(listener).not.toHaveBeenCalled();
  });
});
