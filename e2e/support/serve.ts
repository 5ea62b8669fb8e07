// Answers requests for https://x.com/* from the built fixture pages, so the extension's real match patterns apply.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { FIXTURES_OUT } from './paths.ts';

export const X_COMPOSE_URL = 'https://x.com/compose/post';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Reply {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Hosts answered from fixtures, and which page each path prefix gets (first match; '' is the host's default). */
export const FIXTURE_PAGES: Record<string, [prefix: string, page: string][]> = {
  'x.com': [
    ['/i/reply', 'x-reply.html'],
    ['/i/thread', 'x-thread.html'],
    ['/i/csp', 'x-csp.html'],
    ['/i/broken', 'x-broken.html'],
    ['/home', 'x-nav.html'],
    ['/messages', 'x-nav.html'],
    ['', 'x-compose.html'],
  ],
  'mobile.x.com': [['', 'x-mobile.html']],
  'www.facebook.com': [['', 'facebook.html']],
  'www.linkedin.com': [['', 'linkedin.html']],
};

/** Built assets by path; any other page path gets the host's fixture page, as a single-page app would. */
export function fixtureReply(url: string): Reply | null {
  const { hostname, pathname } = new URL(url);
  const pages = FIXTURE_PAGES[hostname];
  if (!pages) return null;
  const file = join(FIXTURES_OUT, normalize(pathname));
  const page = pages.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? 'x-compose.html';
  const path = file.startsWith(FIXTURES_OUT) && existsSync(file) && statSync(file).isFile() ? file : join(FIXTURES_OUT, page);
  if (!existsSync(path)) throw new Error(`Fixture ${path} is missing: run "npm run build:fixtures" first.`);
  return { status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) };
}
