// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ForgeableSecret } from './forgeable-secret';

// The search itself is covered in src/lib/verify; here it answers when the test says.
const search = vi.hoisted(() => ({ finish: (_secret: string | null) => {} }));
vi.mock('./secret-search', () => ({
  searchWellKnownSecrets: () => new Promise<string | null>((resolve) => (search.finish = resolve)),
}));

describe('ForgeableSecret', () => {
  it('announces its finding in a polite live region that was there before the search ended', async () => {
    render(<ForgeableSecret token="eyJhbGciOiJIUzI1NiJ9.e30.c2ln" alg="HS256" onUse={() => {}} />);
    const region = screen.getByRole('status', { name: 'Well-known secret search' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    await act(async () => search.finish('your-256-bit-secret'));
    expect(screen.getByRole('status', { name: 'Well-known secret search' })).toBe(region);
    expect(region).toContainElement(screen.getByTestId('warning-weak-secret'));
    expect(region).toHaveTextContent('"your-256-bit-secret"');
  });
});
