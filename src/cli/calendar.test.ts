// Content calendars: scheduling-tool headers, quoting, embedded newlines, CRLF, BOM, ragged and broken rows.

import { describe, expect, it } from 'vitest';
import { readCalendar, platformOf, type CalendarOptions } from './calendar.ts';
import type { Item } from './items.ts';

const source = { name: 'cal.csv', path: 'cal.csv' };
const read = (text: string, options: Partial<CalendarOptions> = {}, defaults = {}) => {
  const result = readCalendar({ source, text, hadBom: false }, { header: true, ...options }, defaults);
  if ('error' in result) throw new Error(result.error);
  return result.calendar;
};
const readError = (text: string, options: Partial<CalendarOptions> = {}) => {
  const result = readCalendar({ source, text, hadBom: false }, { header: true, ...options }, {});
  if (!('error' in result)) throw new Error('expected an error');
  return result.error;
};
const texts = (items: Item[]) => items.map((i) => i.post?.text);

describe('readCalendar: finding the columns', () => {
  it.each([
    ['Buffer', 'Text,Image URL,Tags,Posting Time', 0],
    ['Hootsuite', 'Date,Message,Link', 1],
    ['Sprout Social', 'date,time_24hr,message_text,link', 2],
    ['Later', 'Media URL,Caption,Date', 1],
    ['a template marking required columns', 'Date (required),Post text (required)', 1],
  ])('finds the post text in a %s export', (_tool, header, index) => {
    const cells = header.split(',').map((_, i) => (i === index ? 'Hello from the team' : 'x'));
    const calendar = read(`${header}\n${cells.join(',')}\n`);
    expect(texts(calendar.items)).toEqual(['Hello from the team']);
  });

  it('takes --column by name (any case) or number, and says what columns there are when it is not found', () => {
    expect(texts(read('Date,Copy for X,Notes\n1,Hello,n\n', { column: 'copy for x' }).items)).toEqual(['Hello']);
    expect(texts(read('Date,Copy for X,Notes\n1,Hello,n\n', { column: '3' }).items)).toEqual(['n']);
    expect(readError('Date,Copy,Notes\n1,Hello,n\n', { column: 'Txt' })).toBe(
      'cal.csv has no column "Txt" (given with --column). Its columns are "Date", "Copy", "Notes"; give one of those names, or a column number such as --column 2.',
    );
    expect(readError('Date,Body text,Notes\n1,Hello,n\n')).toMatch(/^cal\.csv: no column of post text found .* Its columns are "Date", "Body text", "Notes"\. .*--no-header/);
  });

  it('reads per-row platform, account type and id columns, and lets a row beat the flags', () => {
    const calendar = read(
      'ID,Network,Account type,Message\nA1,X (Twitter),Official,one\nA2,LinkedIn Page,,two\nA3,Instagram,personal,three\n,,,four\n',
      {},
      { account: 'personal', platform: 'facebook' },
    );
    expect(calendar.items.map((i) => [i.id, i.post?.platform, i.post?.account ?? i.post?.settings?.account, i.otherPlatform])).toEqual([
      ['A1', 'x', 'official', undefined],
      ['A2', 'linkedin', 'personal', undefined],
      ['A3', 'facebook', 'personal', 'Instagram'],
      [5, 'facebook', 'personal', undefined],
    ]);
  });

  it('marks a row whose account type is neither official nor personal, keeping it', () => {
    const [item] = read('Account type,Text\nboss,hello\n').items;
    expect(item).toMatchObject({ row: 2, error: 'the "Account type" cell says "boss"; it should say official or personal (or be left empty)' });
    expect(item!.post).toBeUndefined();
  });

  it('reads a file without a header when the column is given by number', () => {
    const calendar = read('06/01/2025 09:00,TOP SECRET plans,https://x\n07/01/2025 09:00,Fine,\n', { header: false, column: '2' });
    expect(calendar.items.map((i) => [i.row, i.post?.text])).toEqual([
      [1, 'TOP SECRET plans'],
      [2, 'Fine'],
    ]);
    expect(readError('a,b\n', { header: false })).toMatch(/with --no-header, say which column holds the posts by its number/);
  });

  it.each([
    ['semicolons', 'Date;Text\n1;Hello, world\n'],
    ['tabs', 'Date\tText\n1\tHello, world\n'],
  ])('finds the separator from the first row (%s)', (_name, text) => {
    expect(texts(read(text).items)).toEqual(['Hello, world']);
  });

  it.each([['cat'], ['Instagram'], ['']])('names no platform for %j', (cell) => expect(platformOf(cell)).toBeUndefined());
  it.each([['X'], ['twitter'], ['Twitter/X'], ['X (formerly Twitter)'], ['FACEBOOK'], ['Facebook Page'], ['LinkedIn Company Page']])('knows the platform %j', (cell) =>
    expect(platformOf(cell)).toBeDefined(),
  );
});

describe('readCalendar: quoting and line endings', () => {
  it('keeps quoted commas, doubled quotes and newlines inside a cell, across CRLF rows', () => {
    const calendar = read('Date,Text\r\n1,"Hello, ""team""\r\nsecond line"\r\n2,plain\r\n');
    expect(texts(calendar.items)).toEqual(['Hello, "team"\nsecond line', 'plain']);
    expect(calendar.items.map((i) => [i.row, i.line])).toEqual([
      [2, 2],
      [3, 4],
    ]);
    expect(calendar.newline).toBe('\r\n');
    expect(calendar.items[0]!.cells).toEqual(['1', 'Hello, "team"\r\nsecond line']);
  });

  it('places a finding in a quoted cell at its line and column in the file', () => {
    const calendar = read('Date,Text\n1,"Thanks, ""all""\nsee TOP SECRET"\n');
    const item = calendar.items[0]!;
    const at = item.post!.text.indexOf('TOP SECRET');
    expect(item.locate!(at)).toEqual({ line: 3, column: 5 });
    expect(item.locate!(item.post!.text.indexOf('all'))).toEqual({ line: 2, column: 14 });
  });

  it('counts columns from the text when the file had a byte-order mark (removed before parsing)', () => {
    const calendar = readCalendar({ source, text: 'Text\nTOP SECRET\n', hadBom: true }, { header: true }, {});
    if ('error' in calendar) throw new Error(calendar.error);
    expect(calendar.calendar.hadBom).toBe(true);
    expect(calendar.calendar.items[0]!.locate!(0)).toEqual({ line: 2, column: 1 });
  });
});

describe('readCalendar: rows that do not fit are kept and marked, never dropped', () => {
  it('a row with more cells than column names: the post may have been cut at a comma', () => {
    const calendar = read('Date,Text,Link\n1,Hello, world,\n2,fine,\n3,short\n');
    expect(calendar.items.map((i) => [i.row, i.error === undefined ? 'checked' : 'marked'])).toEqual([
      [2, 'marked'],
      [3, 'checked'],
      [4, 'checked'],
    ]);
    expect(calendar.items[0]!.error).toMatch(/^this row has 4 cells but there are 3 column names, so the post may have been cut/);
    expect(calendar.items[0]!.cells).toEqual(['1', 'Hello', ' world', '']);
    expect(calendar.width).toBe(4);
  });

  it('a row with an extra empty cell is marked too: the cells after an unquoted comma have all moved', () => {
    const [item] = read('Date,Text,Network\n1,Apply now, it is quick,X,\n').items;
    expect(item!.error).toMatch(/^this row has 5 cells but there are 3 column names/);
  });

  it('a row that stops before the text column', () => {
    const [short, ok] = read('Date,Network,Text\n1,X\n2,X,hi\n').items;
    expect(short).toMatchObject({ row: 2, error: 'this row stops after 2 cells, before the "Text" column', cells: ['1', 'X'] });
    expect(ok!.post!.text).toBe('hi');
  });

  it('blank rows are kept, counted and not checked', () => {
    const items = read('Date,Text\n1,a\n\n,\n2,b\n').items;
    expect(items.map((i) => [i.row, i.blank ?? false])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, false],
    ]);
  });

  it('an undoubled quotation mark inside a quoted cell', () => {
    const items = read('Date,Text\n1,"Broken "quote" here"\n2,fine\n').items;
    expect(items[0]).toMatchObject({ row: 2, error: expect.stringMatching(/^a quotation mark inside a quoted cell is not doubled/) });
    expect(texts(items)).toEqual([undefined, 'fine']);
  });

  it('a quotation mark never closed: the rest of the file stays in that row, with lines named', () => {
    const items = read('Date,Text\n1,fine\n2,"never closed\n3,more\n4,end\n').items;
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({
      row: 3,
      line: 3,
      error: expect.stringMatching(/^a quotation mark opened in this row is never closed, so everything from line 3 to the end of the file \(line 5\)/),
    });
    expect(items[1]!.cells).toEqual(['2', 'never closed\n3,more\n4,end\n']);
  });

  it('says when there are column names but no posts, or the header itself is broken', () => {
    expect(readError('Date,Text\n')).toBe('cal.csv has column names but no rows of posts under them.');
    expect(readError('"Date,Text\n1,a\n')).toMatch(/^cal\.csv: the first row \(the column names\) could not be read/);
  });

  it('reads 10,000 rows, every one in order', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i},"Post ${i}, with a comma"`);
    const calendar = read(`Id,Text\n${rows.join('\n')}\n`);
    expect(calendar.items).toHaveLength(10_000);
    expect(calendar.items.every((item, i) => item.id === String(i) && item.row === i + 2 && item.post?.text === `Post ${i}, with a comma`)).toBe(true);
  });
});
