import { describe, expect, it } from 'vitest';
import { inspectJson } from './json-inspect';

describe('inspectJson', () => {
  it('finds a member named twice in one object, however it is escaped', () => {
    expect(inspectJson('{"role":"user","role":"admin"}').duplicateMembers).toEqual(['role']);
    expect(inspectJson('{"a":1,"\\u0061":2}').duplicateMembers).toEqual(['a']);
  });

  it('does not confuse names in different objects, or strings that look like names', () => {
    expect(inspectJson('{"a":{"a":1},"b":["a","a"],"c":"a"}').duplicateMembers).toEqual([]);
  });

  it('finds numbers a JavaScript number cannot hold exactly', () => {
    expect(inspectJson('{"id":12345678901234567890,"ok":9007199254740991,"f":1.50,"pi":3.14159265358979323846}').impreciseNumbers).toEqual([
      '12345678901234567890',
      '3.14159265358979323846',
    ]);
  });

  it('is clean for ordinary claims', () => {
    expect(inspectJson('{"iss":"joe","exp":1300819380,"http://example.com/is_root":true}')).toEqual({ duplicateMembers: [], impreciseNumbers: [] });
  });
});
