// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { findToken } from '../../lib/jwt/extract';
import { EXAMPLE_TOKENS } from './example-tokens';
import { BULKY_CHARS } from '../../lib/core/limits';
import { TokenEditor } from './token-editor';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <TokenEditor value={value} found={findToken(value)} onChange={setValue} />;
}

const TOKEN = EXAMPLE_TOKENS['id-token']!;

describe('TokenEditor', () => {
  it('keeps exactly what was typed and names where the token was found', () => {
    render(<Harness />);
    const input = screen.getByTestId('token-input');
    const typed = `Authorization: Bearer ${TOKEN}\nHost: api.example.com`;
    fireEvent.change(input, { target: { value: typed } });
    expect(input).toHaveValue(typed);
    expect(screen.getByTestId('token-source')).toHaveTextContent('Found: Authorization header (Bearer)');
  });

  it('colours the token segments in place, keeping the rest of the text', () => {
    const { container } = render(<Harness initial={`Bearer ${TOKEN}`} />);
    const [header, payload, signature] = TOKEN.split('.');
    expect(container.querySelector('.seg-header')).toHaveTextContent(header!);
    expect(container.querySelector('.seg-payload')).toHaveTextContent(payload!);
    expect(container.querySelector('.seg-signature')).toHaveTextContent(signature!);
    expect(container.querySelector('pre')).toHaveTextContent(`Bearer ${TOKEN}`);
  });

  it('marks the character the decoder could not read, even across a line break', () => {
    const value = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIi\n  OiIxMjM0%NTY3ODkwIn0.c2ln';
    const { container } = render(<TokenEditor value={value} found={findToken(value)} errorMark={{ segment: 'payload', offset: 19 }} onChange={() => {}} />);
    expect(container.querySelector('mark')).toHaveTextContent('%');
    expect(screen.getByTestId('token-input')).toHaveValue(value);
  });

  it('loads an example, shows it chosen until the text is edited, and clears', async () => {
    render(<Harness />);
    const select = screen.getByTestId('example-select');
    fireEvent.change(select, { target: { value: 'access-token' } });
    expect(select).toHaveValue('access-token');
    await waitFor(() => expect(screen.getByTestId('token-input')).toHaveValue(EXAMPLE_TOKENS['access-token']!));
    expect(select).toHaveValue('access-token');
    fireEvent.change(screen.getByTestId('token-input'), { target: { value: `${EXAMPLE_TOKENS['access-token']!}x` } });
    expect(select).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByTestId('token-input')).toHaveValue('');
  });

  describe('a bulky paste', () => {
    const [header, , signature] = TOKEN.split('.');
    const bulky = `${header}.${'A'.repeat(BULKY_CHARS)}.${signature}`;
    const paste = (text: string) => fireEvent.paste(screen.getByTestId('token-input'), { clipboardData: { getData: () => text } });

    it('is held whole as a summary instead of being laid out in the field', () => {
      render(<Harness />);
      paste(bulky);
      const summary = screen.getByTestId('token-summary');
      expect(summary).toHaveTextContent(`(${bulky.length.toLocaleString('en-US')} characters)`);
      expect(summary).toHaveTextContent(bulky.slice(0, 60));
      expect(screen.getByTestId('token-input')).toHaveValue('');
      expect(screen.getByTestId('token-source')).toHaveTextContent('Found: the whole input is the token');
    });

    it('shows all of it as text on request, unchanged', () => {
      render(<Harness />);
      paste(bulky);
      fireEvent.click(screen.getByRole('button', { name: /Show all of it as text/ }));
      expect(screen.getByTestId('token-input')).toHaveValue(bulky);
      expect(screen.queryByTestId('token-summary')).toBeNull();
    });

    it('is replaced by what is typed or pasted next, and cleared by Clear', () => {
      render(<Harness />);
      paste(bulky);
      fireEvent.change(screen.getByTestId('token-input'), { target: { value: TOKEN } });
      expect(screen.queryByTestId('token-summary')).toBeNull();
      expect(screen.getByTestId('token-input')).toHaveValue(TOKEN);
      paste(bulky);
      fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
      expect(screen.queryByTestId('token-summary')).toBeNull();
      expect(screen.getByTestId('token-input')).toHaveValue('');
    });

    it('leaves a paste that stays small to the browser', () => {
      render(<Harness />);
      const event = paste(TOKEN);
      expect(event).toBe(true);
      expect(screen.queryByTestId('token-summary')).toBeNull();
    });
  });
});
