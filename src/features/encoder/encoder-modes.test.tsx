// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { compactDecrypt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBase64url } from '../../lib/core/base64url';
import { EncoderPage } from './encoder-page';

const byId = (id: string) => screen.getByTestId(id);
const change = (target: string | HTMLElement, value: string) => fireEvent.change(typeof target === 'string' ? byId(target) : target, { target: { value } });

function keyBytes(text: string): Uint8Array {
  const decoded = decodeBase64url(text);
  if (!decoded.ok) throw new Error('not base64url');
  return decoded.bytes;
}

/** The token once the output says it is made: `signed` or `encrypted`. */
async function madeToken(state: 'signed' | 'encrypted'): Promise<string> {
  await waitFor(() => expect(byId('encoder-output')).toHaveAttribute('data-state', state), { timeout: 5000 });
  return byId('encoder-output').textContent ?? '';
}

afterEach(() => window.history.replaceState(null, '', '/encoder/'));

describe('the encoder’s modes', () => {
  it('starts signing, as it always has, with no encryption control on the page', async () => {
    render(<EncoderPage />);
    expect(byId('encoder-mode')).toHaveValue('jws');
    expect((await madeToken('signed')).split('.')).toHaveLength(3);
    expect(screen.queryByTestId('encoder-enc-alg')).toBeNull();
  });

  it('jwe: encrypts the payload to a shared key made on the spot, which jose opens', async () => {
    render(<EncoderPage />);
    change('encoder-mode', 'jwe');
    change(await screen.findByTestId('encoder-enc-alg'), 'dir');
    change('encoder-enc', 'A128CBC-HS256');
    expect(JSON.parse((byId('encoder-header') as HTMLTextAreaElement).value)).toEqual({ alg: 'dir', enc: 'A128CBC-HS256' });
    expect(screen.queryByTestId('encoder-alg')).toBeNull();
    fireEvent.click(byId('encoder-enc-generate'));
    expect(byId('encoder-enc-key-encoding')).toHaveValue('base64url');
    const token = await madeToken('encrypted');
    const opened = await compactDecrypt(token, keyBytes((byId('encoder-enc-key') as HTMLTextAreaElement).value));
    expect(JSON.parse(new TextDecoder().decode(opened.plaintext))).toEqual(JSON.parse((byId('encoder-payload') as HTMLTextAreaElement).value));
    expect(byId('encoder-open-decoder').getAttribute('href')).toContain(`#token=${encodeURIComponent(token)}`);
  });

  it('nested: signs as before, then encrypts the signed token with cty JWT', async () => {
    render(<EncoderPage />);
    const secret = (byId('encoder-key') as HTMLTextAreaElement).value;
    change('encoder-mode', 'nested');
    change(await screen.findByTestId('encoder-enc-alg'), 'A256KW');
    expect(JSON.parse((byId('encoder-jwe-header') as HTMLTextAreaElement).value)).toMatchObject({ alg: 'A256KW', cty: 'JWT' });
    fireEvent.click(byId('encoder-enc-generate'));
    const token = await madeToken('encrypted');
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'A256KW', enc: 'A256GCM', cty: 'JWT' });
    const opened = await compactDecrypt(token, keyBytes((byId('encoder-enc-key') as HTMLTextAreaElement).value));
    const verified = await jwtVerify(new TextDecoder().decode(opened.plaintext), keyBytes(secret), { algorithms: ['HS256'] });
    expect(verified.protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    // A JWE of the claims is not a nested token: its header loses the "cty" the nested mode put in.
    change('encoder-mode', 'jwe');
    expect(JSON.parse((byId('encoder-header') as HTMLTextAreaElement).value)).toEqual({ alg: 'A256KW', enc: 'A256GCM' });
    expect(screen.queryByTestId('encoder-jwe-header')).toBeNull();
    expect(screen.queryByTestId('encoder-key')).toBeNull();
  });

  it('switching modes loses nothing typed', async () => {
    render(<EncoderPage />);
    change('encoder-header', '{ "alg": "HS384", "kid": "mine" }');
    change('encoder-mode', 'jwe');
    await screen.findByTestId('encoder-enc-alg');
    change('encoder-header', '{ "alg": "A128KW", "enc": "A128GCM", "zip": "DEF" }');
    expect(byId('encoder-enc-alg')).toHaveValue('A128KW');
    change('encoder-enc-key', 'typed key');
    change('encoder-mode', 'jws');
    expect(byId('encoder-header')).toHaveValue('{ "alg": "HS384", "kid": "mine" }');
    change('encoder-mode', 'jwe');
    expect(JSON.parse((await screen.findByTestId('encoder-header') as HTMLTextAreaElement).value)).toEqual({ alg: 'A128KW', enc: 'A128GCM', zip: 'DEF' });
    expect(await screen.findByTestId('encoder-enc-key')).toHaveValue('typed key');
  });

  it('a key that does not fit says why beside it, and the field keeps what was typed', async () => {
    render(<EncoderPage />);
    change('encoder-mode', 'jwe');
    change(await screen.findByTestId('encoder-enc-alg'), 'A128KW');
    change('encoder-enc-key', '12 bytes key');
    expect(byId('encoder-enc-key-error')).toHaveAttribute('data-code', 'enc-key-wrong-size');
    expect(byId('encoder-enc-key')).toHaveAttribute('aria-invalid', 'true');
    expect(byId('encoder-enc-key').getAttribute('aria-describedby')).toContain('encoder-enc-key-error');
    expect(byId('encoder-error')).toHaveAttribute('data-code', 'enc-key-wrong-size');
    expect(byId('encoder-enc-key')).toHaveValue('12 bytes key');
    change('encoder-enc-alg', 'PBES2-HS256+A128KW');
    change('encoder-enc-key', '');
    expect(byId('encoder-error')).toHaveAttribute('data-code', 'password-empty');
    expect(byId('encoder-enc-key')).toHaveAttribute('aria-invalid', 'false');
  });
});

describe('a JWE that comes in', () => {
  const header = (members: object) => Buffer.from(JSON.stringify(members)).toString('base64url');
  const jwe = (members: object) => `${header(members)}.a2V5.aXZpdml2aXZpdml2.Y2lwaGVy.dGFndGFndGFndGFndGFn`;

  it('switches to jwe with its protected header and algorithms, and says the payload is encrypted', async () => {
    window.history.replaceState(null, '', `/encoder/#token=${jwe({ alg: 'RSA-OAEP-256', enc: 'A128GCM', kid: 'r1' })}`);
    render(<EncoderPage />);
    expect(byId('encoder-mode')).toHaveValue('jwe');
    expect(JSON.parse((byId('encoder-header') as HTMLTextAreaElement).value)).toEqual({ alg: 'RSA-OAEP-256', enc: 'A128GCM', kid: 'r1' });
    expect(await screen.findByTestId('encoder-jwe-incoming')).toHaveTextContent(/encrypted/);
    expect(await screen.findByTestId('encoder-enc-alg')).toHaveValue('RSA-OAEP-256');
    expect(byId('encoder-enc')).toHaveValue('A128GCM');
    expect(byId('encoder-error')).toHaveAttribute('data-code', 'enc-key-missing');
  });

  it('switches to nested when its cty is JWT', async () => {
    window.history.replaceState(null, '', `/encoder/#token=${jwe({ alg: 'ECDH-ES', enc: 'A256GCM', cty: 'JWT' })}`);
    render(<EncoderPage />);
    expect(byId('encoder-mode')).toHaveValue('nested');
    expect(JSON.parse((await screen.findByTestId('encoder-jwe-header') as HTMLTextAreaElement).value)).toEqual({ alg: 'ECDH-ES', enc: 'A256GCM', cty: 'JWT' });
    expect(byId('encoder-enc-alg')).toHaveValue('ECDH-ES');
  });
});
