// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from './update-banner';
import { createUpdateStore } from './update-store';

describe('UpdateBanner', () => {
  it('keeps an empty polite live region until a new version waits', () => {
    render(<UpdateBanner store={createUpdateStore()} />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    expect(screen.queryByTestId('update-ready')).toBeNull();
  });

  it('announces the new version and applies it only when the user asks', async () => {
    const store = createUpdateStore();
    const apply = vi.fn();
    render(<UpdateBanner store={store} />);
    act(() => store.offer(apply));
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Token Lens is ready.');
    expect(apply).not.toHaveBeenCalled();

    await userEvent.click(screen.getByTestId('update-reload'));
    expect(apply).toHaveBeenCalledOnce();
    expect(screen.getByTestId('update-reload')).toBeDisabled();
    expect(screen.getByTestId('update-reload')).toHaveTextContent('Reloading…');
  });

  it('can be put aside for this page', async () => {
    const store = createUpdateStore();
    const apply = vi.fn();
    render(<UpdateBanner store={store} />);
    act(() => store.offer(apply));
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByTestId('update-ready')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});
