// Parses one input line of `civil-post check --jsonl` and formats findings for people.

import { ACCOUNTS, PLATFORMS, type Finding, type Post } from '../core/index.ts';

export type Parsed = { id: unknown; post: Post } | { error: string };

/** Validates one JSON line against the CLI contract; the message names what is wrong. */
export function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object' };
  const row = value as Record<string, unknown>;
  if (typeof row.text !== 'string') return { error: '"text" must be a string' };
  if (row.platform !== undefined && !(PLATFORMS as readonly unknown[]).includes(row.platform)) {
    return { error: `"platform" must be one of ${PLATFORMS.join(', ')}` };
  }
  if (row.account !== undefined && !(ACCOUNTS as readonly unknown[]).includes(row.account)) {
    return { error: `"account" must be one of ${ACCOUNTS.join(', ')}` };
  }
  if (row.replyTo !== undefined && row.replyTo !== null && typeof row.replyTo !== 'string') {
    return { error: '"replyTo" must be a string' };
  }
  if (row.settings !== undefined && row.settings !== null && (typeof row.settings !== 'object' || Array.isArray(row.settings))) {
    return { error: '"settings" must be an object' };
  }
  const post: Post = { text: row.text };
  if (row.platform !== undefined) post.platform = row.platform as Post['platform'];
  if (row.account !== undefined) post.account = row.account as Post['account'];
  if (typeof row.replyTo === 'string') post.replyTo = row.replyTo;
  if (row.settings) post.settings = row.settings as Record<string, unknown>;
  return { id: row.id ?? null, post };
}

/** One line per finding with the flagged words, for a person reading a terminal. */
export function formatHuman(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No problems found.\n';
  return (
    findings
      .map((f) => {
        const line = text.slice(0, f.start).split('\n').length;
        const col = f.start - text.lastIndexOf('\n', f.start - 1);
        const words = text.slice(f.start, f.end).replace(/\s+/g, ' ');
        const fix = f.suggestion ? `\n    try: ${f.suggestion}` : '';
        return `${line}:${col}  ${f.severity.padEnd(7)} ${f.category}/${f.rule} [${f.guidance}] “${words}”\n    ${f.message}${fix}`;
      })
      .join('\n') + `\n${findings.length} finding${findings.length === 1 ? '' : 's'}.\n`
  );
}
