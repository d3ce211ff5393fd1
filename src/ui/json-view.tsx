import { memo, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { splitIntoBlocks, type JsonBlock } from '../lib/core/json-blocks';
import { tokenizeJson, type JsonTokenKind } from '../lib/core/json-tokens';
import { escapeBidiControlsInJson } from '../lib/core/bidi';

const COLOURS: Record<JsonTokenKind, string> = {
  key: 'text-indigo-800 dark:text-indigo-300',
  string: 'text-emerald-800 dark:text-emerald-300',
  number: 'text-amber-800 dark:text-amber-300',
  literal: 'text-fuchsia-800 dark:text-fuchsia-300',
  plain: '',
};

// Blocks (see json-blocks) are laid out only near the view (content-visibility) and coloured
// only when near it. text-sm with leading-relaxed: the height of a line until laid out.
const LINE_HEIGHT_PX = 22.75;

function coloured(text: string): ReactNode[] {
  return tokenizeJson(text).map((token, i) => (token.kind === 'plain' ? token.text : <span key={i} className={COLOURS[token.kind]}>{token.text}</span>));
}

function Block({ block, eager, scroller }: { block: JsonBlock; eager: boolean; scroller: RefObject<HTMLPreElement | null> }) {
  const { text, piece } = block;
  const ref = useRef<HTMLSpanElement>(null);
  // Without IntersectionObserver (tests, old engines) every block is coloured at once.
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || piece || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      root: scroller.current,
      rootMargin: '800px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, piece, scroller]);
  return (
    <span ref={ref} className="block [content-visibility:auto]" style={{ containIntrinsicSize: `auto ${Math.round(block.lines * LINE_HEIGHT_PX)}px` }}>
      {near && !piece ? coloured(text) : text}
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
      {blocks.length === 1 && !blocks[0]!.piece ? coloured(text) : blocks.map((block, i) => <Block key={i} block={block} eager={i === 0} scroller={scroller} />)}
    </pre>
  );
});
