import { describe, expect, it } from 'vitest';
import { ConvertError } from '../../../src/convert/index.js';
import { jsonErrorOffset, lineColumn, parseJsonText } from '../../../src/convert/json.js';

// Hand-made JSON texts, labelled as such.
describe('jsonErrorOffset(text)', () => {
  it('is -1 for valid JSON and points at the first error otherwise', () => {
    expect(jsonErrorOffset('{"a": [1, 2.5e3, "x\\u0041", true, null]}')).toBe(-1);
    expect(jsonErrorOffset('{"a": [1,]}')).toBe(9);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": "x')).toBe(8);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
  });

  it('points into strings, arrays and deep nesting', () => {
    expect(jsonErrorOffset('"a\\q"')).toBe(3);
    expect(jsonErrorOffset('"\\u12G4"')).toBe(3);
    expect(jsonErrorOffset('"a\nb"')).toBe(2);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('[1.]')).toBe(2);
    expect(jsonErrorOffset('{,}')).toBe(1);
    expect(jsonErrorOffset('-')).toBe(0);
    expect(jsonErrorOffset('{"a":{"b":[{}]}}x')).toBe(16);
    expect(jsonErrorOffset('['.repeat(1000) + ']'.repeat(1000))).toBe(-1);
    expect(jsonErrorOffset('['.repeat(1100) + ']'.repeat(1100))).toBe(1001);
  });
});

describe('parseJsonText(text)', () => {
  it('parses JSON and names the line and column of a syntax error', () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ a: 1 });
    expect(lineColumn('a\nbc', 3)).toEqual({ line: 2, column: 2 });
    try {
      parseJsonText('{\n  "a": 1,\n  "b": [,]\n}');
      throw new Error('expected a ConvertError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConvertError);
      expect((e as ConvertError).problems[0]).toMatchObject({ line: 3, column: '9' });
      expect((e as ConvertError).problems[0].message).toMatch(/^not valid JSON: /);
    }
    expect(() => parseJsonText('  ')).toThrow('not valid JSON: the file is empty');
  });
});
