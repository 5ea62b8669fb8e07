// What the command line checks: one item per post (a file, a JSON line or a calendar row), and its result.

import type { Finding, Platform, Post, RuleFailure } from '../core/index.ts';
import type { InputKind } from './args.ts';
import type { Position } from './positions.ts';
import type { Source } from './read-input.ts';

export interface Item {
  source: Source;
  kind: InputKind;
  /** Where the item starts in its file (line 1 for a whole text file). */
  line: number;
  /** Calendar row number as a spreadsheet shows it (the header is row 1); undefined outside calendars. */
  row?: number;
  /** The post's id: the JSON line's "id", the calendar's id cell or row number, or the file name. */
  id: unknown;
  /** The post to check; undefined when the input could not be read as a post (see `error`). */
  post?: Post;
  /** Why this item could not be checked, in words for the person who will fix it. */
  error?: string;
  /** A calendar row's cells as read, written back in `--format csv`. */
  cells?: string[];
  /** A blank calendar row: kept in the output, nothing to check. */
  blank?: boolean;
  /** The platform the calendar named that Civil Post has no specific rules for (checked without one). */
  otherPlatform?: string;
  /** Maps an offset in `post.text` to line:column in the file; undefined where the file has no such place. */
  locate?: (offset: number) => Position | undefined;
}

export interface Result extends Item {
  findings: Finding[];
  failures: RuleFailure[];
}

/** Per-post values from the command line and the settings file; the post's own fields win. */
export interface Defaults {
  account?: Post['account'];
  platform?: Platform;
  /** From --config: a bare settings object. */
  settings?: Record<string, unknown>;
}

export function withDefaults(post: Post, defaults: Defaults): Post {
  const settings = { ...defaults.settings, ...(defaults.account ? { account: defaults.account } : {}), ...post.settings };
  const out: Post = { ...post, settings };
  const platform = post.platform ?? defaults.platform;
  if (platform) out.platform = platform;
  return out;
}
