/** How the text of an HMAC secret is turned into bytes. */
export type SecretEncoding = 'utf8' | 'base64' | 'base64url' | 'hex';

/**
 * Every encoding a secret can be given in, with its name for people, in the order a
 * control offers them. UTF-8 first: most secrets in the wild are typed text.
 */
export const SECRET_ENCODINGS: readonly { value: SecretEncoding; label: string }[] = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64', label: 'base64' },
  { value: 'base64url', label: 'base64url' },
  { value: 'hex', label: 'hex' },
];

export function secretEncodingLabel(encoding: SecretEncoding): string {
  return SECRET_ENCODINGS.find((option) => option.value === encoding)?.label ?? encoding;
}

export function isSecretEncoding(value: string): value is SecretEncoding {
  return SECRET_ENCODINGS.some((option) => option.value === value);
}
