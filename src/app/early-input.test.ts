// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { keepEarlyInput } from './early-input';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function frames(n: number) {
  for (let i = 0; i < n; i++) await frame();
}

/** What React does to a field while it hydrates it: its props are attached, then (later) the built value is written back. */
function markHydrated(field: HTMLElement) {
  Object.defineProperty(field, '__reactProps$test', { value: {}, enumerable: true });
}

function setUp(): { root: HTMLElement; field: HTMLTextAreaElement; events: string[] } {
  document.body.innerHTML = '<div id="root"><textarea data-testid="token-input"></textarea></div>';
  const root = document.getElementById('root')!;
  const field = root.querySelector('textarea')!;
  const events: string[] = [];
  field.addEventListener('input', () => events.push(field.value));
  return { root, field, events };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('keepEarlyInput', () => {
  it('types what was typed before hydration again once the field is hydrated', async () => {
    const { root, field, events } = setUp();
    field.value = 'typed early';
    keepEarlyInput(root);
    markHydrated(field);
    await frames(3);
    expect(field.value).toBe('typed early');
    expect(events).toContain('typed early');
  });

  it('types it once more when the built value is written back some frames after the props', async () => {
    const { root, field, events } = setUp();
    field.value = 'typed early';
    keepEarlyInput(root);
    markHydrated(field);
    await frames(3);
    // The commit comes late and puts the built, empty value back.
    field.value = '';
    await frames(2);
    expect(field.value).toBe('typed early');
    expect(events.filter((value) => value === 'typed early').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the field alone once the reader types in it after hydration', async () => {
    const { root, field } = setUp();
    field.value = 'typed early';
    keepEarlyInput(root);
    markHydrated(field);
    await frames(3);
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await frames(3);
    expect(field.value).toBe('');
  });
});
