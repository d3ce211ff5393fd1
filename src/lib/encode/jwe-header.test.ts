import { describe, expect, it } from 'vitest';
import { mapEncryptError } from './encrypt-errors';
import { newEncryptionKey } from './fresh-key';
import { readEncryptionKey } from './encryption-key';
import { modeOfJweHeader } from './encoder-modes';
import { CONTENT_ENCRYPTION_ALGORITHMS, KEY_MANAGEMENT_ALGORITHMS } from './encryption-names';
import { DEFAULT_PBES2_COUNT, planJweHeader } from './jwe-header';
import type { RecipientKey } from './encryption-types';

const CHOSEN = { alg: 'A128KW', enc: 'A128GCM' } as const;
const KEY: RecipientKey = { kind: 'secret', bytes: new Uint8Array(16), description: 'k', kid: 'key-1' };

describe('planJweHeader', () => {
  it('takes alg and enc from the choice when the header has none, and the key’s kid', () => {
    expect(planJweHeader({ typ: 'JWT' }, CHOSEN, 'jwe', KEY)).toEqual({ ok: true, value: { header: { typ: 'JWT', alg: 'A128KW', enc: 'A128GCM', kid: 'key-1' }, alg: 'A128KW', enc: 'A128GCM' } });
  });

  it('adds cty JWT for a nested token (RFC 7519 §5.2) and refuses another cty', () => {
    expect(planJweHeader({}, CHOSEN, 'nested', null)).toMatchObject({ ok: true, value: { header: { cty: 'JWT' } } });
    expect(planJweHeader({ cty: 'jwt' }, CHOSEN, 'nested', null)).toMatchObject({ ok: true, value: { header: { cty: 'JWT' } } });
    expect(planJweHeader({ cty: 'json' }, CHOSEN, 'nested', null)).toMatchObject({ ok: false, error: { code: 'cty-not-jwt' } });
    expect(planJweHeader({ cty: 'JWT' }, CHOSEN, 'jwe', null)).toMatchObject({ ok: false, error: { code: 'cty-jwt-not-nested' } });
  });

  it('refuses an alg or enc it does not encrypt with', () => {
    expect(planJweHeader({ alg: 'HS256' }, CHOSEN, 'jwe', null)).toMatchObject({ ok: false, error: { code: 'enc-alg-unsupported' } });
    expect(planJweHeader({ alg: 'RSA1_5' }, CHOSEN, 'jwe', null)).toMatchObject({ ok: false, error: { code: 'enc-alg-unsupported' } });
    expect(planJweHeader({ enc: 'A512GCM' }, CHOSEN, 'jwe', null)).toMatchObject({ ok: false, error: { code: 'enc-unsupported' } });
  });

  it('drops what each encryption makes anew: epk, iv, tag, p2s', () => {
    const planned = planJweHeader({ epk: { kty: 'EC' }, iv: 'x', tag: 'y', p2s: 'z', apu: 'QWxpY2U' }, CHOSEN, 'jwe', null);
    expect(planned).toMatchObject({ ok: true, value: { header: { alg: 'A128KW', enc: 'A128GCM', apu: 'QWxpY2U' } } });
    expect(planned.ok && Object.keys(planned.value.header).sort()).toEqual(['alg', 'apu', 'enc']);
  });

  it('PBES2: 10,000 iterations unless p2c says otherwise, within 1,200,000', () => {
    const pbes2 = { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' } as const;
    expect(planJweHeader({}, pbes2, 'jwe', null)).toMatchObject({ ok: true, value: { p2c: DEFAULT_PBES2_COUNT } });
    expect(planJweHeader({ p2c: 600_000 }, pbes2, 'jwe', null)).toMatchObject({ ok: true, value: { p2c: 600_000 } });
    expect(planJweHeader({ p2c: '1000' }, pbes2, 'jwe', null)).toMatchObject({ ok: false, error: { code: 'p2c-invalid' } });
    expect(planJweHeader({ p2c: 0 }, pbes2, 'jwe', null)).toMatchObject({ ok: false, error: { code: 'p2c-invalid' } });
    expect(planJweHeader({ p2c: 1_200_001 }, pbes2, 'jwe', null)).toMatchObject({ ok: false, error: { code: 'p2c-too-large' } });
    // A p2c left over from PBES2 means nothing to another algorithm.
    expect(planJweHeader({ p2c: 5 }, CHOSEN, 'jwe', null)).toMatchObject({ ok: true, value: { header: { alg: 'A128KW' } } });
  });
});

describe('mapEncryptError', () => {
  it('a browser without AES-192 gets unsupported-in-browser, naming what needs it', () => {
    const thrown = new DOMException('192-bit AES keys are not supported', 'OperationError');
    const mapped = mapEncryptError(thrown, 'A192KW', 'A128GCM');
    expect(mapped.code).toBe('unsupported-in-browser');
    expect(mapped.message).toContain('A192KW');
    expect(mapEncryptError(new DOMException('Operation failed', 'OperationError'), 'dir', 'A192CBC-HS384').code).toBe('unsupported-in-browser');
  });

  it('anything else is encrypt-failed, with what was thrown', () => {
    expect(mapEncryptError(new Error('boom'), 'A128KW', 'A128GCM')).toMatchObject({ code: 'encrypt-failed', message: expect.stringContaining('boom') });
  });
});

describe('newEncryptionKey', () => {
  const random = (length: number) => new Uint8Array(length).map((_, i) => i);

  it('is as long as each symmetric algorithm takes, and reads back as a fitting key', () => {
    for (const alg of KEY_MANAGEMENT_ALGORITHMS) {
      for (const enc of CONTENT_ENCRYPTION_ALGORITHMS) {
        const fresh = newEncryptionKey(alg, enc, random);
        if (alg.startsWith('RSA') || alg.startsWith('ECDH')) {
          expect(fresh).toBeNull();
          continue;
        }
        expect(readEncryptionKey(fresh!.text, 'base64url', alg, enc)).toMatchObject({ ok: true });
      }
    }
    expect(newEncryptionKey('dir', 'A256CBC-HS512', random)).toMatchObject({ kind: 'symmetric', bytes: 64 });
    expect(newEncryptionKey('A192GCMKW', 'A128GCM', random)).toMatchObject({ kind: 'symmetric', bytes: 24 });
    expect(newEncryptionKey('PBES2-HS512+A256KW', 'A128GCM', random)).toMatchObject({ kind: 'password' });
  });
});

it('a JWE that comes in is nested when its cty is JWT', () => {
  expect(modeOfJweHeader({ alg: 'dir', enc: 'A128GCM', cty: 'JWT' })).toBe('nested');
  expect(modeOfJweHeader({ alg: 'dir', enc: 'A128GCM' })).toBe('jwe');
});
