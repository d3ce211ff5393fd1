/** The badge that names what was pasted (`token-type`): JWS, JWE, Unsecured, or a JWS in the JSON serialization. */
export const TYPE_CLASS = 'rounded-md bg-slate-900 px-2 py-0.5 font-mono text-xs font-bold text-white dark:bg-slate-100 dark:text-slate-900';
