// Reads a file or standard input as text, refusing what is not text (binary, broken UTF-8) or is empty.

import { readFile } from 'node:fs/promises';

export interface Source {
  /** What to call it in messages: the path as given, or "stdin". */
  name: string;
  /** The path as given; undefined for standard input. */
  path: string | undefined;
}

export interface InputText {
  source: Source;
  /** The decoded text, byte-order mark removed, so columns count from the text itself. */
  text: string;
  hadBom: boolean;
}

export type ReadResult = { ok: true; input: InputText } | { ok: false; source: Source; error: string };

export const STDIN: Source = { name: 'stdin', path: undefined };

export function sourceOf(spec: string): Source {
  return spec === '-' ? STDIN : { name: spec, path: spec };
}

export async function readSource(source: Source, stdin: AsyncIterable<Uint8Array>): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = source.path === undefined ? await readAll(stdin) : await readFile(source.path);
  } catch (error) {
    return { ok: false, source, error: readError(source, error as NodeJS.ErrnoException) };
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { ok: false, source, error: `${source.name} ${decoded.error}` };
  if (decoded.text.trim() === '') {
    return { ok: false, source, error: `${source.name} is empty: there is nothing in it to check.` };
  }
  return { ok: true, input: { source, text: decoded.text, hadBom: decoded.hadBom } };
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function readError(source: Source, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `cannot find ${source.name}: check the name and the folder you are in.`;
    case 'EISDIR':
      return `${source.name} is a folder; give the files inside it instead (for example ${source.name}/*.csv).`;
    case 'EACCES':
    case 'EPERM':
      return `${source.name} cannot be read: you do not have permission to open it.`;
    default:
      return `${source.name} cannot be read (${error.message}).`;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text means UTF-8 (or UTF-16 with its byte-order mark, as Excel's "Unicode text" saves it) with no
 * NUL characters. Anything else would be checked as garbage and reported clear, so it is refused.
 */
export function decodeText(bytes: Uint8Array): { text: string; hadBom: boolean } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { error: NOT_TEXT };
  try {
    return { text: UTF8.decode(body), hadBom };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(body);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return {
      error:
        `is not UTF-8 text: line ${line} has bytes that are not valid UTF-8. ` +
        'It may have been saved in an older encoding (in Excel, "CSV (Comma delimited)"); save it as "CSV UTF-8" or UTF-8 text and try again.',
    };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): { text: string; hadBom: boolean } | { error: string } {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes('\0') ? { error: NOT_TEXT } : { text, hadBom: true };
  } catch {
    return { error: 'starts like UTF-16 text but is not valid UTF-16; save it as UTF-8 text and try again.' };
  }
}

const NOT_TEXT =
  'is not a text file (it contains binary data, as a PDF, Word document, spreadsheet or image does). ' +
  'Civil Post reads plain text, CSV content calendars and JSON lines: save or export it as one of those first.';
