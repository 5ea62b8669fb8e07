// Whether a post is about the user's own department's work: its names, handles and topic words in the post or in the post replied to, and government-service words.

import type { Context } from '../context.ts';
import { departmentTerms, findTerms } from '../text/department.ts';
import { GOVERNMENT_WORDS } from '../text/government-words.ts';
import type { Match } from '../text/terms.ts';

export interface DepartmentWork {
  /** The department's names, initials and handles in the post. */
  names: Match[];
  /** Words for the department's area of work in the post ("passport", "state pension"). */
  topics: Match[];
  /** The post replied to names the department or its area ("@SFOgov is useless", "Is Access to Work being scrapped?"). */
  inReply: boolean;
  /** Government and public-service vocabulary in the post or the post replied to. */
  service: boolean;
  /** Any of the department's own names or topics, in the post or the reply. */
  own: boolean;
}

/** Memoised per check. */
export function departmentWork(ctx: Context): DepartmentWork {
  return ctx.memo('signals.departmentWork', () => {
    const terms = departmentTerms(ctx.settings);
    const abbreviation = initials(ctx.settings.department);
    const names = [...findTerms(terms.names, ctx.plain), ...handleMatches(ctx.text, abbreviation)];
    const topics = findTerms(terms.topics, ctx.plain);
    const reply = ctx.replyTo.replace(/’/g, "'");
    const inReply =
      reply.length > 0 &&
      (findTerms(terms.names, reply).length > 0 || handleMatches(reply, abbreviation).length > 0 || findTerms(terms.topics, reply).length > 0);
    const service = GOVERNMENT_WORDS.test(ctx.plain) || (reply.length > 0 && GOVERNMENT_WORDS.test(reply));
    return { names, topics, inReply, service, own: names.length > 0 || topics.length > 0 || inReply };
  });
}

let initialsOf = '';
let initialsValue = '';

/** "Student Finance Office" → "SFO"; empty when the name is too short to abbreviate safely. Remembers the last department. */
function initials(department: string): string {
  if (department === initialsOf) return initialsValue;
  initialsOf = department;
  initialsValue = computeInitials(department);
  return initialsValue;
}

function computeInitials(department: string): string {
  const joiners = new Set(['and', 'of', 'the', 'for', 'to', 'in', 'on', '&']);
  const out = department
    .split(/[\s,]+/)
    .filter((w) => w && !joiners.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return out.length >= 3 ? out : '';
}

/** Handles that start with the department's initials: "@SFOgov", "@CTA_UK". */
function handleMatches(text: string, abbreviation: string): Match[] {
  if (!abbreviation) return [];
  const out: Match[] = [];
  for (let i = text.indexOf(`@${abbreviation}`); i >= 0; i = text.indexOf(`@${abbreviation}`, i + 1)) {
    const after = text[i + abbreviation.length + 1] ?? '';
    if (/[A-Z]/.test(after)) continue;
    let end = i + abbreviation.length + 1;
    while (end < text.length && /[\w]/.test(text[end]!)) end++;
    out.push({ start: i, end, text: text.slice(i, end) });
  }
  return out;
}
