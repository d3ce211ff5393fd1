import { JSON_BLOCK_CHARS } from './limits';

// Large documents are cut into blocks of lines that the browser lays out only when they
// scroll into view (content-visibility), and colour only when near it.
const LINES_PER_BLOCK = 150;
// A block also ends after JSON_BLOCK_CHARS characters (see limits.ts).
const CHARS_PER_BLOCK = JSON_BLOCK_CHARS;
// Characters a wrapped line is assumed to hold until laid out (a panel of ordinary width).
const CHARS_PER_WRAPPED_LINE = 80;

export interface JsonBlock {
  text: string;
  /** Lines as they will wrap, roughly: the height the block is assumed to have. */
  lines: number;
  /** A piece of one long line: cut anywhere, so not coloured (a string may start in another piece). */
  piece: boolean;
}

/** Where to cut a long line at about `at`, never between the two halves of a surrogate pair. */
function cutAt(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

/** Cuts text into blocks whose concatenation is the text again. */
export function splitIntoBlocks(text: string): JsonBlock[] {
  const blocks: JsonBlock[] = [];
  let start = 0;
  let lines = 0;
  const close = (end: number, piece = false) => {
    if (end > start) blocks.push({ text: text.slice(start, end), lines: piece ? Math.ceil((end - start) / CHARS_PER_WRAPPED_LINE) : Math.max(lines, 1), piece });
    start = end;
    lines = 0;
  };
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    if (lineEnd - start > CHARS_PER_BLOCK && lines === 0) {
      // One line longer than a block: cut it into pieces, the last one ending the line.
      while (lineEnd - start > CHARS_PER_BLOCK) close(cutAt(text, start + CHARS_PER_BLOCK), true);
      close(lineEnd, true);
      continue;
    }
    // Find where this block's lines end: at its line count or character count.
    let end = start;
    let next = lineEnd;
    while (lines < LINES_PER_BLOCK && next - start <= CHARS_PER_BLOCK) {
      end = next;
      lines++;
      if (end >= text.length) break;
      const following = text.indexOf('\n', end);
      next = following === -1 ? text.length : following + 1;
    }
    close(end);
  }
  return blocks;
}
