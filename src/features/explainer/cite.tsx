import { SOURCES, type SourceId } from './sources';

/** A bracketed link to the source of the sentence before it. */
export function Cite({ id }: { id: SourceId }) {
  const source = SOURCES[id];
  return (
    <span className="text-xs">
      {' '}
      [
      <a href={source.url} target="_blank" rel="noreferrer noopener" className="text-indigo-700 underline dark:text-indigo-300">
        {source.title}
      </a>
      ]
    </span>
  );
}
