import { describe, expect, it } from 'vitest';
import { splitIntoBlocks } from './json-blocks';

const joined = (text: string) => splitIntoBlocks(text).map((block) => block.text).join('');

describe('splitIntoBlocks', () => {
  it('keeps a short document in one block', () => {
    const text = JSON.stringify({ a: 1, b: [1, 2] }, null, 2);
    expect(splitIntoBlocks(text)).toEqual([{ text, lines: 7, piece: false }]);
  });

  it('cuts many lines into blocks of at most 150 lines, ending at line ends', () => {
    const text = JSON.stringify(Array.from({ length: 1000 }, (_, i) => i), null, 2);
    const blocks = splitIntoBlocks(text);
    expect(joined(text)).toBe(text);
    expect(blocks.length).toBe(Math.ceil(text.split('\n').length / 150));
    for (const block of blocks.slice(0, -1)) {
      expect(block.text.endsWith('\n')).toBe(true);
      expect(block.lines).toBe(150);
      expect(block.piece).toBe(false);
    }
  });

  it('ends a block of long lines before it passes 20,000 characters', () => {
    const text = JSON.stringify(Array.from({ length: 100 }, () => 'x'.repeat(1000)), null, 2);
    const blocks = splitIntoBlocks(text);
    expect(joined(text)).toBe(text);
    expect(blocks.length).toBeGreaterThan(4);
    for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(20_000);
  });

  it('cuts a line longer than a block into pieces, and goes on with whole lines after it', () => {
    const text = JSON.stringify({ before: 1, blob: 'y'.repeat(50_000), after: 2 }, null, 2);
    const blocks = splitIntoBlocks(text);
    expect(joined(text)).toBe(text);
    expect(blocks.map((block) => block.piece)).toEqual([false, true, true, true, false]);
    expect(blocks[1]!.text.startsWith('  "blob": "yyy')).toBe(true);
    expect(blocks[3]!.text.endsWith('",\n')).toBe(true);
    // About 80 characters a wrapped line until the browser has laid it out.
    expect(blocks[1]!.lines).toBe(250);
  });

  it('never cuts between the two halves of a character outside the BMP', () => {
    const text = `"${'a'.repeat(19_998)}${'😀'.repeat(10_000)}"`;
    const blocks = splitIntoBlocks(text);
    expect(joined(text)).toBe(text);
    for (const block of blocks) {
      expect(block.text).toBe(block.text.toWellFormed());
    }
  });

  it('gives nothing for empty text', () => {
    expect(splitIntoBlocks('')).toEqual([]);
  });
});
