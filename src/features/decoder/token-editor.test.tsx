// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { findToken } from '../../lib/jwt/extract';
import { EXAMPLES } from './examples';
import { TokenEditor } from './token-editor';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <TokenEditor value={value} found={findToken(value)} onChange={setValue} />;
}

const TOKEN = EXAMPLES[0]!.token;

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

  it('loads an example and clears', () => {
    render(<Harness />);
    fireEvent.change(screen.getByTestId('example-select'), { target: { value: EXAMPLES[1]!.id } });
    expect(screen.getByTestId('token-input')).toHaveValue(EXAMPLES[1]!.token);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByTestId('token-input')).toHaveValue('');
  });
});
