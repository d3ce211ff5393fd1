import { memo, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { tokenizeJson, type JsonTokenKind } from '../lib/json/json-tokens';
import { escapeBidiControlsInJson } from '../lib/text/bidi';

const COLOURS: Record<JsonTokenKind, string> = {
  key: 'text-indigo-800 dark:text-indigo-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  literal: 'text-fuchsia-800 dark:text-fuchsia-300',
  plain: '',
};

// Large documents are cut into blocks of lines that the browser lays out only when they
// scroll into view (content-visibility), and colour only when near it.
const LINES_PER_BLOCK = 150;
// text-sm with leading-relaxed: the height a block of lines is assumed to have until laid out.
const LINE_HEIGHT_PX = 22.75;

function coloured(text: string): ReactNode[] {
  return tokenizeJson(text).map((token, i) => (token.kind === 'plain' ? token.text : <span key={i} className={COLOURS[token.kind]}>{token.text}</span>));
}

function splitIntoBlocks(text: string): string[] {
  const blocks: string[] = [];
  let start = 0;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines === LINES_PER_BLOCK) {
      blocks.push(text.slice(start, i + 1));
      start = i + 1;
      lines = 0;
    }
  }
  if (start < text.length) blocks.push(text.slice(start));
  return blocks;
}

function Block({ text, eager, scroller }: { text: string; eager: boolean; scroller: RefObject<HTMLPreElement | null> }) {
  const ref = useRef<HTMLSpanElement>(null);
  // Without IntersectionObserver (tests, old engines) every block is coloured at once.
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      root: scroller.current,
      rootMargin: '800px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, scroller]);
  return (
    <span ref={ref} className="block [content-visibility:auto]" style={{ containIntrinsicSize: `auto ${Math.round(LINES_PER_BLOCK * LINE_HEIGHT_PX)}px` }}>
      {near ? coloured(text) : text}
    </span>
  );
}

interface Props {
  /** Pretty-printed JSON text. */
  text: string;
  testId: string;
  label: string;
}

/**
 * Syntax-coloured JSON; its text content is `text`, with bidi control characters written as
 * \u escapes so that a value cannot reorder what is shown around it. It parses to the same value.
 */
export const JsonView = memo(function JsonView({ text: raw, testId, label }: Props) {
  const scroller = useRef<HTMLPreElement>(null);
  const text = useMemo(() => escapeBidiControlsInJson(raw), [raw]);
  const blocks = useMemo(() => splitIntoBlocks(text), [text]);
  return (
    <pre
      ref={scroller}
      data-testid={testId}
      aria-label={label}
      tabIndex={0}
      className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words font-mono text-sm leading-relaxed text-slate-800 dark:text-slate-200"
    >
      {blocks.length === 1 ? coloured(text) : blocks.map((block, i) => <Block key={i} text={block} eager={i === 0} scroller={scroller} />)}
    </pre>
  );
});
