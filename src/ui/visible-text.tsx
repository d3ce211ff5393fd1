import { splitBidiControls } from '../lib/core/bidi';

/**
 * Text from a token, a key or a cookie, with each bidi control character shown as its code
 * point instead of reordering what surrounds it, and the whole isolated from the page's
 * own text (bdi).
 */
export function VisibleText({ text }: { text: string }) {
  const segments = splitBidiControls(text);
  if (segments.length === 1 && segments[0]!.kind === 'text') return <bdi>{text}</bdi>;
  return (
    <bdi>
      {segments.map((segment, i) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <span key={i} data-bidi-control={segment.label} className="mx-px rounded-sm bg-amber-100 px-0.5 font-mono text-amber-950 dark:bg-amber-900 dark:text-amber-50">
            ⟨{segment.label}⟩
          </span>
        ),
      )}
    </bdi>
  );
}
