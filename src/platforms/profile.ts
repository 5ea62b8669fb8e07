// Which profile (official or personal) applies to a compose box: the user's "handle or site = account" lines, then the default.

import { ACCOUNTS, type Account, type Platform } from '../core/index.ts';

export interface Profile {
  account: Account;
  /** The signed-in handle, '' when the site does not show it. */
  handle: string;
  /** What decided it: a line for this handle, a line for this site, or the default account type. */
  source: 'handle' | 'site' | 'default';
}

interface Mapping {
  key: string;
  kind: 'handle' | 'site';
  account: Account;
}

const SITE_NAMES: Record<Platform, readonly string[]> = {
  x: ['x', 'x.com', 'twitter', 'twitter.com'],
  facebook: ['facebook', 'facebook.com'],
  linkedin: ['linkedin', 'linkedin.com'],
};

/** Reads "key = account" lines; malformed lines are skipped (the options page shows what was typed). */
export function parseProfiles(lines: readonly string[]): Mapping[] {
  const out: Mapping[] = [];
  for (const line of lines) {
    const at = line.lastIndexOf('=');
    if (at < 0) continue;
    const key = line.slice(0, at).trim().toLowerCase();
    const account = line.slice(at + 1).trim().toLowerCase();
    if (!key || !(ACCOUNTS as readonly string[]).includes(account)) continue;
    const site = isSiteKey(key);
    out.push({ key: site ? key.replace(/^www\./, '') : key.replace(/^@/, ''), kind: site ? 'site' : 'handle', account: account as Account });
  }
  return out;
}

function isSiteKey(key: string): boolean {
  return !key.startsWith('@') && (key.includes('.') || Object.values(SITE_NAMES).some((names) => names.includes(key)));
}

export function profileFor(lines: readonly string[], fallback: Account, platform: Platform, handle: string): Profile {
  const mappings = parseProfiles(lines);
  const h = handle.toLowerCase();
  const byHandle = h ? mappings.find((m) => m.kind === 'handle' && m.key === h) : undefined;
  if (byHandle) return { account: byHandle.account, handle, source: 'handle' };
  const bySite = mappings.find((m) => m.kind === 'site' && SITE_NAMES[platform].includes(m.key));
  if (bySite) return { account: bySite.account, handle, source: 'site' };
  return { account: fallback, handle, source: 'default' };
}

/**
 * The lines after switching this box's profile to the other account in one click: the signed-in handle
 * gets its own line when the site shows it, otherwise the whole site does. Earlier lines for the same key go.
 */
export function switchedProfiles(lines: readonly string[], profile: Profile, platform: Platform): string[] {
  const next: Account = profile.account === 'official' ? 'personal' : 'official';
  const key = profile.handle ? `@${profile.handle}` : SITE_NAMES[platform][1]!;
  const same = (line: string) => {
    const [m] = parseProfiles([line]);
    return m !== undefined && (profile.handle ? m.kind === 'handle' && m.key === profile.handle.toLowerCase() : m.kind === 'site' && SITE_NAMES[platform].includes(m.key));
  };
  return [...lines.filter((l) => !same(l)), `${key} = ${next}`];
}
