/** The examples "Load an example" offers, in its order; their tokens load when one is chosen. */
export const EXAMPLES = [
  { id: 'id-token', label: 'OpenID Connect ID token' },
  { id: 'access-token', label: 'Access token (RFC 9068, Entra-style claims)' },
  { id: 'unsecured', label: 'Unsecured token (alg none)' },
  { id: 'nested', label: 'Nested token (cty JWT)' },
  { id: 'jwe', label: 'Encrypted token (JWE, RFC 7520 §6)' },
] as const;

/** The tokens themselves: a chunk loaded when an example is first chosen. */
export const loadExampleTokens = () => import('./example-tokens').then((module) => module.EXAMPLE_TOKENS);
