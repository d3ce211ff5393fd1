/** The mark from favicon.svg, drawn inline: no request, and the single file needs no image beside it. */
export function Logo() {
  return (
    <svg viewBox="0 0 32 32" width={24} height={24} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#4338ca" />
      <circle cx="14" cy="14" r="7" fill="none" stroke="#fff" strokeWidth="3" />
      <path d="M19 19l7 7" stroke="#fff" strokeWidth="3.5" strokeLinecap="round" />
    </svg>
  );
}
