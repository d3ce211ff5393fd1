import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The published JWS vectors the unit tests loop over (src/lib/jwt/fixtures/published-jws.json): tokens with their keys. */
interface PublishedVector {
  id: string;
  token: string;
  key: string | null;
}

const FILE = fileURLToPath(new URL('../../src/lib/jwt/fixtures/published-jws.json', import.meta.url));
const VECTORS = JSON.parse(readFileSync(FILE, 'utf8')) as PublishedVector[];

/** The vector with this id; its key as a user would paste it. */
export function publishedVector(id: string): { token: string; key: string } {
  const vector = VECTORS.find((v) => v.id === id);
  if (!vector?.key) throw new Error(`No published vector ${id} with a key`);
  return { token: vector.token, key: vector.key };
}
