interface Props {
  href: string;
  children: string;
}

// A short citation ("RFC 7519 §4.1.4") is kept on one line; a long title may wrap on a phone.
const ONE_LINE_UP_TO = 24;

/** A link to the document a statement comes from ("RFC 7519 §4.1.4"), opened beside the app. */
export function SourceLink({ href, children }: Props) {
  const wrap = children.length > ONE_LINE_UP_TO ? '' : 'whitespace-nowrap ';
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className={`${wrap}text-xs text-indigo-700 underline dark:text-indigo-300`}>
      {children}
    </a>
  );
}
