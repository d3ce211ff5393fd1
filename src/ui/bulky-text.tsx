import type { ClipboardEvent } from 'react';
import { VisibleText } from './visible-text';

/**
 * Past this many characters a text field holds its text without laying it out. Chromium
 * takes about 0.4 ms a kilobyte to lay out the text of a textarea even unwrapped, and
 * about 2 ms wrapped: a 2 MB paste would hold up the page for seconds. Such a field
 * shows a summary instead, and the text itself on request.
 */
export const BULKY_CHARS = 100_000;

export function isBulky(text: string): boolean {
  return text.length >= BULKY_CHARS;
}

/** A size for the user: base64url, JSON and PEM are one byte a character. */
export function sizeText(characters: number): string {
  return characters >= 1_000_000 ? `${(characters / 1_000_000).toFixed(1)} MB` : `${Math.round(characters / 1000)} KB`;
}

/** The text a field would hold once `pasted` replaced its selection, as the browser's paste does. */
export function textAfterPaste(field: HTMLTextAreaElement, pasted: string): string {
  const { value, selectionStart, selectionEnd } = field;
  return value.slice(0, selectionStart) + pasted + value.slice(selectionEnd);
}

/**
 * A paste handler that keeps a bulky paste out of the field: the browser would lay the
 * text out before any script could act, so the paste is taken over and its text goes
 * straight to `onBulkyPaste`. Smaller pastes take the browser's usual path.
 */
export function bulkyPasteHandler(onBulkyPaste: (text: string) => void) {
  return (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const after = textAfterPaste(event.currentTarget, pasted);
    if (!isBulky(after)) return;
    event.preventDefault();
    onBulkyPaste(after);
  };
}

interface SummaryProps {
  /** What the text is, for the sentence: "token", "key". */
  what: string;
  text: string;
  onShowText: () => void;
  testId: string;
  id?: string;
}

/** Stands in for bulky text: its size, how it starts, and a way to see all of it. */
export function BulkySummary({ what, text, onShowText, testId, id }: SummaryProps) {
  return (
    <div id={id} data-testid={testId} className="space-y-2 px-3 py-2.5 text-sm">
      <p>
        <span className="font-semibold">
          A {sizeText(text.length)} {what}
        </span>{' '}
        ({text.length.toLocaleString('en-US')} characters) is held here, in full, without being laid out as text, which would hold up the page
        for seconds. Paste or type below to replace it.
      </p>
      <p className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">
        <VisibleText text={text.slice(0, 200)} />
      </p>
      <button
        type="button"
        onClick={onShowText}
        className="min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200"
      >
        Show all of it as text (slow)
      </button>
    </div>
  );
}
