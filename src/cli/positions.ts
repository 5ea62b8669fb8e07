// Turns offsets in a post into line:column in the file it came from (UTF-16 columns, counted from 1).

export interface Position {
  line: number;
  column: number;
}

/** Windows (\r\n) and old Mac (\r) line endings become \n, so posts read the same as typed in a browser. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Line starts of a text, found once, so each lookup is a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  locate(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/**
 * For one cell of a CSV record, where each character of its (newline-normalised) value sits in the
 * record's raw text. Undefined when the raw text does not read back to `expected` (a malformed quote),
 * so a caller never points at the wrong place.
 */
export function cellOffsets(raw: string, field: number, delimiter: string, expected: string): number[] | undefined {
  let i = 0;
  for (let f = 0; f < field; f++) {
    i = skipField(raw, i, delimiter);
    if (i < 0 || !raw.startsWith(delimiter, i)) return undefined;
    i += delimiter.length;
  }
  const map: number[] = [];
  let value = '';
  const push = (ch: string, at: number) => {
    value += ch;
    map.push(at);
  };
  if (raw[i] === '"') {
    for (i++; i < raw.length; i++) {
      const ch = raw[i]!;
      if (ch === '"') {
        if (raw[i + 1] !== '"') break;
        push('"', i++);
      } else if (ch === '\r') push('\n', raw[i + 1] === '\n' ? i++ : i);
      else push(ch, i);
    }
    if (i >= raw.length) return undefined;
  } else {
    for (; i < raw.length && !raw.startsWith(delimiter, i) && raw[i] !== '\n' && raw[i] !== '\r'; i++) push(raw[i]!, i);
  }
  map.push(i);
  return value === normaliseNewlines(expected) ? map : undefined;
}

function skipField(raw: string, start: number, delimiter: string): number {
  if (raw[start] !== '"') {
    let i = start;
    while (i < raw.length && !raw.startsWith(delimiter, i) && raw[i] !== '\n' && raw[i] !== '\r') i++;
    return i;
  }
  for (let i = start + 1; i < raw.length; i++) {
    if (raw[i] !== '"') continue;
    if (raw[i + 1] === '"') i++;
    else return i + 1;
  }
  return -1;
}
