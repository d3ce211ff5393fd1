/**
 * The ROCA fingerprint (CVE-2017-15361; Nemec, Sýs, Švenda, Klinec and Matyáš, "The Return of
 * Coppersmith's Attack: Practical Factorization of Widely Used RSA Moduli", ACM CCS 2017).
 *
 * The RSA library of Infineon's chips made each prime as k·M + (65537^a mod M), M a primorial.
 * Modulo any small prime r of M, both primes, and so n = p·q, are then powers of 65537. The
 * test published with the paper (crocs-muni/roca, detect.py, the moduli detector) checks that
 * n mod r lies in the subgroup 65537 generates modulo r, for every odd prime r up to 167. A
 * modulus made otherwise passes all of them by chance about once in 2^27 (the detector's figure).
 */

/** The detector's primes: every odd prime up to 167 (2 tells nothing, every modulus is odd). */
const LARGEST_PRIME = 167;

/** RSALib's generator, the usual public exponent. */
const GENERATOR = 65537;

function oddPrimesUpTo(limit: number): number[] {
  const primes: number[] = [];
  for (let candidate = 3; candidate <= limit; candidate += 2) {
    if (primes.every((p) => p * p > candidate || candidate % p !== 0)) primes.push(candidate);
  }
  return primes;
}

/** For each prime r, which residues mod r are powers of 65537: the subgroup it generates. */
function subgroupOf(prime: number): boolean[] {
  const member = new Array<boolean>(prime).fill(false);
  const step = GENERATOR % prime;
  for (let power = 1; !member[power]; power = (power * step) % prime) member[power] = true;
  return member;
}

const PRIMES = oddPrimesUpTo(LARGEST_PRIME);
const SUBGROUPS = PRIMES.map(subgroupOf);
const BIG_PRIMES = PRIMES.map(BigInt);
// n is reduced once modulo the product of the primes (about 218 bits), then each prime is cheap.
const PRODUCT = BIG_PRIMES.reduce((product, prime) => product * prime, 1n);

/** The primes tested, and their product with 2: the primorial 167# that the paper's M divides. */
export const ROCA_PRIMES: readonly number[] = PRIMES;
export const ROCA_PRIMORIAL = PRODUCT * 2n;

/** The residues modulo `prime` that are powers of 65537, in increasing order. */
export function powersOfGenerator(prime: number): number[] {
  return subgroupOf(prime).flatMap((member, residue) => (member ? [residue] : []));
}

function toBigInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

/** Whether an RSA modulus (big-endian bytes) has the ROCA fingerprint. */
export function hasRocaFingerprint(modulus: Uint8Array): boolean {
  const reduced = toBigInt(modulus) % PRODUCT;
  return BIG_PRIMES.every((prime, i) => SUBGROUPS[i]![Number(reduced % prime)] === true);
}
