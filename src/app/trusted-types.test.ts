import { describe, expect, it } from 'vitest';
import { isOwnScriptUrl } from './trusted-types';

const page = { href: 'https://lens.example/tools/timestamp/', origin: 'https://lens.example' };

describe('isOwnScriptUrl', () => {
  it('lets the page’s own scripts through, relative or absolute', () => {
    expect(isOwnScriptUrl('/tools/sw.js', page)).toBe(true);
    expect(isOwnScriptUrl('../assets/worker-abc.js', page)).toBe(true);
    expect(isOwnScriptUrl('https://lens.example/assets/worker.js', page)).toBe(true);
  });

  it('lets a blob: URL the page made through, and no other', () => {
    expect(isOwnScriptUrl('blob:https://lens.example/7d3c1d9e-0000-4000-8000-000000000000', page)).toBe(true);
    expect(isOwnScriptUrl('blob:https://evil.example/7d3c1d9e-0000-4000-8000-000000000000', page)).toBe(false);
  });

  it('refuses other origins, data: and javascript: URLs', () => {
    expect(isOwnScriptUrl('https://cdn.example/x.js', page)).toBe(false);
    expect(isOwnScriptUrl('//lens.example.evil/x.js', page)).toBe(false);
    expect(isOwnScriptUrl('data:text/javascript,alert(1)', page)).toBe(false);
    expect(isOwnScriptUrl('javascript:alert(1)', page)).toBe(false);
  });

  it('on a page opened from a file, allows its own blob: URLs only', () => {
    const file = { href: 'file:///home/me/token-lens.html', origin: 'null' };
    expect(isOwnScriptUrl('blob:null/7d3c1d9e-0000-4000-8000-000000000000', file)).toBe(true);
    expect(isOwnScriptUrl('https://cdn.example/x.js', file)).toBe(false);
    expect(isOwnScriptUrl('data:text/javascript,alert(1)', file)).toBe(false);
  });
});
