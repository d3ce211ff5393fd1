import { describe, expect, it } from 'vitest';
import { escapeBidiControlsInJson, hasBidiControls, revealBidiControls, splitBidiControls } from './bidi';

const EVERY_CONTROL = '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';

describe('bidi controls', () => {
  it('finds every explicit formatting character and mark, and nothing else', () => {
    for (const char of EVERY_CONTROL) expect(hasBidiControls(`a${char}b`)).toBe(true);
    expect(hasBidiControls('plain text, עברית and العربية without controls')).toBe(false);
    // The regex is global: a second call must not start where the first stopped.
    expect(hasBidiControls('\u202E')).toBe(true);
    expect(hasBidiControls('\u202E')).toBe(true);
  });

  it('writes each one as a visible code point', () => {
    expect(revealBidiControls('\u202Egnp.exe')).toBe('⟨U+202E⟩gnp.exe');
    expect(revealBidiControls('\u2066a\u2069 \u061C')).toBe('⟨U+2066⟩a⟨U+2069⟩ ⟨U+061C⟩');
    expect(revealBidiControls('nothing to show')).toBe('nothing to show');
  });

  it('splits text into runs and controls in order', () => {
    expect(splitBidiControls('a\u202Eb\u202E')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'control', char: '\u202E', label: 'U+202E' },
      { kind: 'text', text: 'b' },
      { kind: 'control', char: '\u202E', label: 'U+202E' },
    ]);
    expect(splitBidiControls('')).toEqual([{ kind: 'text', text: '' }]);
  });

  it('escapes them in JSON so that it parses to the same value', () => {
    const value = { name: '\u202Egnp.exe', [`k\u2067`]: ['\u200F', 'x'] };
    const escaped = escapeBidiControlsInJson(JSON.stringify(value, null, 2));
    expect(hasBidiControls(escaped)).toBe(false);
    expect(escaped).toContain('"\\u202egnp.exe"');
    expect(JSON.parse(escaped)).toEqual(value);
  });
});
