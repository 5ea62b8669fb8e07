// What counts as text: UTF-8 (BOM removed), UTF-16 with its BOM; binary and broken UTF-8 refused with a reason.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, readSource } from './read-input.ts';
import { ROOT } from './testing/run-cli.ts';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
async function* stdinOf(...chunks: string[]) {
  for (const c of chunks) yield Buffer.from(c);
}

describe('decodeText', () => {
  it('reads UTF-8 and strips a byte-order mark, remembering it was there', () => {
    expect(decodeText(bytes('Hello £5 “quoted” 👍'))).toEqual({ text: 'Hello £5 “quoted” 👍', hadBom: false });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'TOP SECRET'))).toEqual({ text: 'TOP SECRET', hadBom: true });
  });

  it("reads UTF-16 with its byte-order mark (Excel's Unicode text)", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Text\tNetwork\nHi £5\tX\n', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'Text\tNetwork\nHi £5\tX\n', hadBom: true });
    const be = Buffer.from(Buffer.from('Hi', 'utf16le').swap16());
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: 'Hi', hadBom: true });
  });

  it('refuses binary files, such as a PNG, saying what it reads instead', () => {
    const png = readFileSync(`${ROOT}/public/icons/icon-16.png`);
    expect(decodeText(png)).toEqual({ error: expect.stringMatching(/^is not a text file \(it contains binary data.*plain text, CSV content calendars and JSON lines/) });
  });

  it('refuses text in another encoding, naming the line and how to fix it', () => {
    const latin1 = bytes('fine line\nsecond line\n', [0xa3], '100 grant\n');
    expect(decodeText(latin1)).toEqual({ error: expect.stringMatching(/^is not UTF-8 text: line 3 has bytes that are not valid UTF-8\..*CSV UTF-8/) });
  });
});

describe('readSource', () => {
  it('reads standard input to its end', async () => {
    const read = await readSource({ name: 'stdin', path: undefined }, stdinOf('TOP ', 'SECRET\n'));
    expect(read).toEqual({ ok: true, input: { source: { name: 'stdin', path: undefined }, text: 'TOP SECRET\n', hadBom: false } });
  });

  it('says when there is nothing to check', async () => {
    expect(await readSource({ name: 'stdin', path: undefined }, stdinOf())).toMatchObject({ ok: false, error: 'stdin is empty: there is nothing in it to check.' });
    expect(await readSource({ name: 'stdin', path: undefined }, stdinOf('\uFEFF \n\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/is empty/) });
  });

  it('says why a file cannot be read', async () => {
    const none = stdinOf();
    expect(await readSource({ name: 'no-such.txt', path: `${ROOT}/no-such.txt` }, none)).toMatchObject({ ok: false, error: expect.stringMatching(/^cannot find no-such\.txt/) });
    expect(await readSource({ name: 'src', path: `${ROOT}/src` }, none)).toMatchObject({ ok: false, error: expect.stringMatching(/^src is a folder/) });
  });
});
