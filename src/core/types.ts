// The shapes that flow through the core: a post in, findings out.

export const CATEGORIES = ['tone', 'identity', 'confidentiality', 'impartiality', 'legal', 'engagement', 'style'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ACCOUNTS = ['official', 'personal'] as const;
export type Account = (typeof ACCOUNTS)[number];

/** What the user is about to post, with the context that changes how it is judged. */
export interface Post {
  text: string;
  platform?: Platform;
  account?: Account;
  /** The text of the post being replied to, if this is a reply. */
  replyTo?: string;
  /** Settings for this check; anything missing takes its default. */
  settings?: Record<string, unknown>;
}

/** One problem in the post. `start`/`end` are a half-open range of UTF-16 offsets into `text`. */
export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Which of the rule's messages this is (stable across wording changes, for tests and the UI). */
  messageId?: string;
  start: number;
  end: number;
  /** The guidance ids this finding enforces, comma-separated (for example "G24, G27"). */
  guidance: string;
  /** What to write instead, where the rule can say. */
  suggestion?: string;
  /** An exact replacement a host can apply in one step: [start, end) of the post becomes `text`. */
  fix?: Fix;
}

/** A machine-readable edit: replace the UTF-16 range [start, end) of the post with `text`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}
