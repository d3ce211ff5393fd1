/** A size for people: base64url, JSON and PEM are one byte a character. */
export function sizeText(characters: number): string {
  return characters >= 1_000_000 ? `${(characters / 1_000_000).toFixed(1)} MB` : `${Math.round(characters / 1000)} KB`;
}
