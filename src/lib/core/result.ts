/**
 * What a function that can fail returns: a value, or an error that carries a stable
 * `code` the UI and the tests rely on. Never thrown: a union the caller must look at.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

