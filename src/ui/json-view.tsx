import { memo, useMemo } from 'react';
import { tokenizeJson, type JsonTokenKind } from '../lib/json/json-tokens';

const COLOURS: Record<JsonTokenKind, string> = {
  key: 'text-indigo-800 dark:text-indigo-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  literal: 'text-fuchsia-800 dark:text-fuchsia-300',
  plain: '',
};

interface Props {
  /** Pretty-printed JSON text. */
  text: string;
  testId: string;
  label: string;
}

/** Syntax-coloured JSON; its text content is exactly `text`. */
export const JsonView = memo(function JsonView({ text, testId, label }: Props) {
  const tokens = useMemo(() => tokenizeJson(text), [text]);
  return (
    <pre
      data-testid={testId}
      aria-label={label}
      tabIndex={0}
      className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words font-mono text-sm leading-relaxed text-slate-800 dark:text-slate-200"
    >
      {tokens.map((token, i) => (token.kind === 'plain' ? token.text : <span key={i} className={COLOURS[token.kind]}>{token.text}</span>))}
    </pre>
  );
});
