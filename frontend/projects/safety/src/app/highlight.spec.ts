import { describe, expect, it } from 'vitest';
import { labelSegments, segments, strongest } from './highlight';

const f = (start: number, end: number, type = 'EMAIL') => ({ start, end, type, filter: 'pii', action: 'redact' });

describe('segments', () => {
  it('marks each finding and keeps the rest plain', () => {
    const text = 'mail a@b.co now';
    const out = segments(text, [f(5, 11)]);
    expect(out.map((s) => s.text)).toEqual(['mail ', 'a@b.co', ' now']);
    expect(out.map((s) => s.marks.length)).toEqual([0, 1, 0]);
    expect(out.map((s) => s.text).join('')).toBe(text);
  });

  it('splits overlapping findings into pieces covered by one or both', () => {
    const out = segments('abcdefgh', [f(1, 5, 'A'), f(3, 7, 'B')]);
    expect(out.map((s) => [s.text, s.marks.map((m) => m.type).join('+')])).toEqual([
      ['a', ''], ['bc', 'A'], ['de', 'A+B'], ['fg', 'B'], ['h', ''],
    ]);
  });

  it('ignores empty and out-of-range spans', () => {
    expect(segments('abc', [f(3, 3), f(9, 12)])).toEqual([{ text: 'abc', marks: [] }]);
  });
});

describe('labelSegments', () => {
  it('highlights redaction labels only', () => {
    expect(labelSegments('to <EMAIL> or <PHONE>.')).toEqual([
      { text: 'to ', label: false }, { text: '<EMAIL>', label: true }, { text: ' or ', label: false },
      { text: '<PHONE>', label: true }, { text: '.', label: false },
    ]);
    expect(labelSegments('a <b> c')).toEqual([{ text: 'a <b> c', label: false }]);
  });
});

it('strongest action wins', () => {
  expect(strongest(['warn', 'block', 'redact'])).toBe('block');
  expect(strongest([])).toBe('allow');
});
