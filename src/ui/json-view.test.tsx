// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JsonView } from './json-view';

describe('JsonView', () => {
  it('keeps the exact text while colouring keys, strings, numbers and literals', () => {
    const text = JSON.stringify({ a: 'x "y"', n: -1.5e3, t: true, z: null, list: [1, 'two'] }, null, 2);
    const { container } = render(<JsonView text={text} testId="view" label="JSON" />);
    expect(screen.getByTestId('view').textContent).toBe(text);
    const coloured = [...container.querySelectorAll('span')].map((s) => s.textContent);
    expect(coloured).toEqual(['"a"', '"x \\"y\\""', '"n"', '-1500', '"t"', 'true', '"z"', 'null', '"list"', '1', '"two"']);
  });
});

describe('JsonView with bidi controls in a string', () => {
  it('shows them as escapes, so the text reads in order and parses to the same value', () => {
    const value = { name: '\u202Egnp.exe', kid: '\u2066x\u2069' };
    render(<JsonView text={JSON.stringify(value, null, 2)} testId="view" label="JSON" />);
    const shown = screen.getByTestId('view').textContent ?? '';
    expect(shown).toContain('"\\u202egnp.exe"');
    expect(JSON.parse(shown)).toEqual(value);
  });
});

describe('JsonView with a large document', () => {
  it('keeps the exact text across its blocks and colours the first one in its first render', () => {
    const text = JSON.stringify({ list: Array.from({ length: 1000 }, (_, i) => ({ id: i })) }, null, 2);
    const { container } = render(<JsonView text={text} testId="view" label="JSON" />);
    expect(screen.getByTestId('view').textContent).toBe(text);
    const blocks = container.querySelectorAll('pre > span.block');
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks[0]!.querySelector('span')).not.toBeNull();
  });
});
