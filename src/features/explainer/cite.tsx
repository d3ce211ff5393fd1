import { SOURCES } from '../../lib/explainer/sources';

/** A bracketed link to the source of the sentence before it. */
export function Cite({ id }: { id: keyof typeof SOURCES }) {
  const { source, sourceUrl } = SOURCES[id];
  return (
    <span className="text-xs">
      {' '}
      [
      <a href={sourceUrl} target="_blank" rel="noreferrer noopener" className="text-indigo-700 underline dark:text-indigo-300">
        {source}
      </a>
      ]
    </span>
  );
}
