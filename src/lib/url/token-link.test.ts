import { describe, expect, it } from 'vitest';
import { moveTokenToFragment, shareLink, tokenFromLink } from './token-link';

describe('tokenFromLink', () => {
  it.each(['token', 'id_token', 'access_token'])('reads #%s=', (param) => {
    expect(tokenFromLink('', `#${param}=a.b.c`)).toEqual({ token: 'a.b.c', param, from: 'fragment' });
  });

  it('reads a fragment with other parameters, as OAuth implicit responses have', () => {
    expect(tokenFromLink('', '#state=xyz&id_token=a.b.c&expires_in=300')?.token).toBe('a.b.c');
  });

  it('prefers the fragment and falls back to the query', () => {
    expect(tokenFromLink('?token=q.q.q', '#token=f.f.f')?.from).toBe('fragment');
    expect(tokenFromLink('?token=q.q.q', '')).toEqual({ token: 'q.q.q', param: 'token', from: 'query' });
  });

  it('keeps a "+" of the standard base64 alphabet', () => {
    expect(tokenFromLink('', '#token=a.Pj4+Pz8/.c')?.token).toBe('a.Pj4+Pz8/.c');
  });

  it('finds nothing in an unrelated link', () => {
    expect(tokenFromLink('?a=1', '#section')).toBeNull();
  });
});

describe('moveTokenToFragment', () => {
  it('keeps the other query parameters and moves the token after the #', () => {
    const linked = tokenFromLink('?lang=en&token=a.b.c', '')!;
    expect(moveTokenToFragment('/app/', '?lang=en&token=a.b.c', linked)).toBe('/app/?lang=en#token=a.b.c');
  });
});

describe('moveTokenToFragment with a token in both places', () => {
  it('keeps the fragment token and clears the query of tokens', () => {
    const linked = tokenFromLink('?token=q.q.q&id_token=r.r.r', '#token=f.f.f')!;
    expect(moveTokenToFragment('/', '?token=q.q.q&id_token=r.r.r', linked)).toBe('/#token=f.f.f');
  });
});

describe('shareLink', () => {
  it('puts the token in the fragment, encoded', () => {
    expect(shareLink('https://x.example', '/', 'a.b+c')).toBe('https://x.example/#token=a.b%2Bc');
  });
});
