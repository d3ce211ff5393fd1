import { expect, type Locator, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { openDecoder } from './decoder';
import { base64url } from './tokens';

/** The signature's verdict. */
export function verifyStatus(page: Page): Locator {
  return page.getByTestId('verify-status');
}

/**
 * Waits until the verdict is the one for what was typed last: while a check runs, the
 * previous verdict stays on screen with data-checking="true".
 */
export async function settledVerdict(page: Page): Promise<Locator> {
  const status = verifyStatus(page);
  await expect(status).toBeVisible();
  await expect(status).not.toHaveAttribute('data-checking', 'true');
  return status;
}

/** Opens the decoder with a token and waits for the verifier beside it. */
export async function openWithToken(page: Page, token: string): Promise<void> {
  const input = await openDecoder(page);
  await input.fill(token);
  await expect(page.getByTestId('key-input')).toBeVisible();
}

/** Pastes a token and a key, and returns the verdict once it is the one for them. */
export async function verifyWith(page: Page, token: string, key: string): Promise<Locator> {
  await openWithToken(page, token);
  await page.getByTestId('key-input').fill(key);
  return settledVerdict(page);
}

/** A compact JWS over any header and payload, signed by `sign` (RFC 7515 §5.1). */
export function signedToken(header: object, payload: object, sign: (signingInput: Buffer) => Buffer): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${sign(Buffer.from(input)).toString('base64url')}`;
}

/** An HS256 token signed with any secret. */
export function hs256Token(payload: object, secret: string | Buffer): string {
  return signedToken({ alg: 'HS256', typ: 'JWT' }, payload, (input) => createHmac('sha256', secret).update(input).digest());
}

/** The words WebCrypto and the generic mapping use, which a broken key must never be left with. */
export const GENERIC_KEY_ERRORS = /Data provided to an operation does not meet requirements|not a valid key/;
