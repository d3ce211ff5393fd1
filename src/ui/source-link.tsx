interface Props {
  href: string;
  children: string;
}

/** A link to the document a statement comes from ("RFC 7519 §4.1.4"), opened beside the app. */
export function SourceLink({ href, children }: Props) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className="whitespace-nowrap text-xs text-indigo-700 underline dark:text-indigo-300">
      {children}
    </a>
  );
}
