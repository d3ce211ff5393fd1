/** What could not be decoded: which part, what is wrong and where (a compact token's segment, or a JSON serialization's member). */
export function DecodeErrors({ errors }: { errors: readonly { code: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" data-testid="decode-error" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
      <p className="font-semibold">{errors.length === 1 ? 'This token has a problem' : `This token has ${errors.length} problems`}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {errors.map((error, i) => (
          <li key={i} data-code={error.code}>
            {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
