// Reads JSON lines (one post per line) into items: every line gives exactly one item, bad lines included.

import { ACCOUNTS, PLATFORMS, type Post } from '../core/index.ts';
import { withDefaults, type Defaults, type Item } from './items.ts';
import type { InputText } from './read-input.ts';

export type Parsed = { id: unknown; post: Post } | { id?: unknown; error: string };

/** Splits on \n (a \r before it is dropped); the newline that ends the last line does not start another. */
export function jsonLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

export function jsonlItems(input: InputText, defaults: Defaults): Item[] {
  return jsonLines(input.text).map((line, i) => {
    const parsed = parseLine(line);
    const base = { source: input.source, kind: 'jsonl' as const, line: i + 1 };
    if ('error' in parsed) return { ...base, id: parsed.id, error: parsed.error };
    return { ...base, id: parsed.id, post: withDefaults(parsed.post, defaults) };
  });
}

/** Validates one JSON line against the command line's contract; the message names what is wrong. */
export function parseLine(line: string): Parsed {
  if (line.trim() === '') return { error: 'the line is empty: there is no post on it' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object such as {"id": 1, "text": "..."}' };
  const row = value as Record<string, unknown>;
  const id = row.id ?? null;
  const bad = (error: string): Parsed => ('id' in row ? { id: row.id, error } : { error });
  if (typeof row.text !== 'string') return bad('"text" must be a string');
  if (row.platform !== undefined && row.platform !== null && !(PLATFORMS as readonly unknown[]).includes(row.platform)) {
    return bad(`"platform" must be one of ${PLATFORMS.join(', ')}`);
  }
  if (row.account !== undefined && row.account !== null && !(ACCOUNTS as readonly unknown[]).includes(row.account)) {
    return bad(`"account" must be one of ${ACCOUNTS.join(', ')}`);
  }
  if (row.replyTo !== undefined && row.replyTo !== null && typeof row.replyTo !== 'string') return bad('"replyTo" must be a string');
  if (row.settings !== undefined && row.settings !== null && (typeof row.settings !== 'object' || Array.isArray(row.settings))) {
    return bad('"settings" must be an object');
  }
  const post: Post = { text: row.text };
  if (typeof row.platform === 'string') post.platform = row.platform as Post['platform'];
  if (typeof row.account === 'string') post.account = row.account as Post['account'];
  if (typeof row.replyTo === 'string') post.replyTo = row.replyTo;
  if (row.settings) post.settings = row.settings as Record<string, unknown>;
  return { id, post };
}
