// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { parseKey, type SecretEncoding } from '../../lib/verify';
import { BULKY_CHARS } from '../../lib/core/limits';
import { KeyField } from './key-field';

function Harness() {
  const [value, setValue] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  return <KeyField value={value} onChange={setValue} encoding={encoding} onEncodingChange={setEncoding} parsed={parseKey(value, encoding)} />;
}

const key = { kty: 'oct', k: 'c2VjcmV0' };
const bulkySet = JSON.stringify({ keys: Array.from({ length: Math.ceil(BULKY_CHARS / 30) }, (_, i) => ({ ...key, kid: `k${i}` })) });

describe('KeyField', () => {
  it('holds a bulky key set whole as a summary, and shows it as text on request', () => {
    render(<Harness />);
    fireEvent.paste(screen.getByTestId('key-input'), { clipboardData: { getData: () => bulkySet } });
    expect(screen.getByTestId('key-summary')).toHaveTextContent(`(${bulkySet.length.toLocaleString('en-US')} characters)`);
    expect(screen.getByTestId('key-input')).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: /Show all of it as text/ }));
    expect(screen.getByTestId('key-input')).toHaveValue(bulkySet);
  });

  it('takes a small key as typed', () => {
    render(<Harness />);
    fireEvent.change(screen.getByTestId('key-input'), { target: { value: JSON.stringify(key) } });
    expect(screen.getByTestId('key-input')).toHaveValue(JSON.stringify(key));
    expect(screen.queryByTestId('key-summary')).toBeNull();
  });
});
