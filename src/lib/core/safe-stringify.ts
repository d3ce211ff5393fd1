/**
 * JSON.stringify that cannot throw: a value nested deeper than the engine's stack
 * (JSON.parse accepts depths that JSON.stringify cannot write back) gives `fallback`.
 */
export function safeStringify(value: unknown, indent: number | undefined, fallback: string): string {
  try {
    return JSON.stringify(value, null, indent) ?? fallback;
  } catch {
    return fallback;
  }
}
