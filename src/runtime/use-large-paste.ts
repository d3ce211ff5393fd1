import { useState, type ClipboardEvent } from 'react';
import { BULKY_CHARS } from '../lib/core/limits';

/** The text a field would hold once `pasted` replaced its selection, as the browser's paste does. */
function textAfterPaste(field: HTMLTextAreaElement, pasted: string): string {
  const { value, selectionStart, selectionEnd } = field;
  return value.slice(0, selectionStart) + pasted + value.slice(selectionEnd);
}

interface LargePaste {
  /** True while the text is held as a summary instead of in the field. */
  summarised: boolean;
  /** What the field itself shows: empty while summarised. */
  fieldValue: string;
  /**
   * For the field's onPaste: a paste that would make the text bulky is taken over before
   * the browser lays it out (which would hold up the page for seconds) and goes straight
   * to the new value. Smaller pastes take the browser's usual path.
   */
  onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  /** Puts new text in place of what is held, summary or not. */
  replace: (text: string) => void;
  /** Lays the whole text out in the field after all, on the user's request. */
  showAsText: () => void;
}

/**
 * A text field's handling of text of BULKY_CHARS or more: kept whole in state, shown as a
 * summary until the user asks to see it as text. Used by the token and key fields.
 */
export function useLargePaste(value: string, onChange: (text: string) => void): LargePaste {
  const [showWhole, setShowWhole] = useState(false);
  const summarised = value.length >= BULKY_CHARS && !showWhole;
  const replace = (text: string) => {
    setShowWhole(false);
    onChange(text);
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const after = textAfterPaste(event.currentTarget, event.clipboardData.getData('text/plain'));
    if (after.length < BULKY_CHARS) return;
    event.preventDefault();
    replace(after);
  };
  return { summarised, fieldValue: summarised ? '' : value, onPaste, replace, showAsText: () => setShowWhole(true) };
}
