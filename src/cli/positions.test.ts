// Offsets in a post back to line:column in its file, through CSV quoting, doubled quotes and CRLF.

import { describe, expect, it } from 'vitest';
import { cellOffsets, LineIndex, normaliseNewlines } from './positions.ts';

describe('LineIndex', () => {
  it('counts lines and UTF-16 columns from 1', () => {
    const lines = new LineIndex('ab\n👍c\n\nd');
    expect(lines.locate(0)).toEqual({ line: 1, column: 1 });
    expect(lines.locate(3)).toEqual({ line: 2, column: 1 });
    expect(lines.locate(5)).toEqual({ line: 2, column: 3 });
    expect(lines.locate(8)).toEqual({ line: 4, column: 1 });
  });
});

describe('normaliseNewlines', () => {
  it('makes Windows and old Mac line endings plain', () => {
    expect(normaliseNewlines('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});

describe('cellOffsets', () => {
  it('maps each character of a quoted cell to the raw record, through doubled quotes and CRLF', () => {
    const raw = '7,"She said ""no""\r\nthen left",x\r\n';
    const value = 'She said "no"\r\nthen left';
    const map = cellOffsets(raw, 1, ',', value)!;
    const plain = normaliseNewlines(value);
    expect(map).toHaveLength(plain.length + 1);
    expect(raw[map[plain.indexOf('no')]!]).toBe('n');
    expect(raw[map[plain.indexOf('"')]!]).toBe('"');
    expect(raw.slice(map[plain.indexOf('then')]!, map[plain.indexOf('then')]! + 4)).toBe('then');
  });

  it('maps unquoted cells, and other delimiters', () => {
    const raw = 'a;TOP SECRET now;c\n';
    const map = cellOffsets(raw, 1, ';', 'TOP SECRET now')!;
    expect(map[0]).toBe(2);
    expect(map[14]).toBe(16);
  });

  it('gives nothing rather than a wrong place when the raw text does not read back to the value', () => {
    expect(cellOffsets('1,"broken "quote" here"\n', 1, ',', 'broken "quote" here')).toBeUndefined();
    expect(cellOffsets('1,"never closed\n', 1, ',', 'never closed\n')).toBeUndefined();
  });
});
