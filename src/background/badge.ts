// What the toolbar badge says for a count of findings, and where a rule's explanation page lives.

const COLOURS: Record<string, string> = { error: '#b3261e', warning: '#8f3f00', info: '#1459a0' };

export function badgeFor(count: number, worst: string | null): { text: string; color: string } {
  return { text: count > 0 ? (count > 99 ? '99+' : String(count)) : '', color: COLOURS[worst ?? ''] ?? '#00703c' };
}

/** The rule pages are one extension page; the rule id is in the hash so the page needs no server. */
export const RULE_PAGE = 'src/ui/rules/index.html';
export const rulePageUrl = (rule: string): string => `${RULE_PAGE}#${encodeURIComponent(rule)}`;
