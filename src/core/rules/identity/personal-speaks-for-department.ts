// A personal account speaking for the department: its position, promises of outcomes, decisions, authoritative corrections, offers of its services, or its staff's "we".

import { defineRule } from '../../rule.ts';
import { departmentVoice } from '../../signals/department-voice.ts';
import { departmentWork } from '../../signals/department-work.ts';
import { insiderClaims } from '../../signals/insider-claim.ts';
import type { Context } from '../../context.ts';
import { disclosesEmployer } from '../../text/disclosure.ts';

export default defineRule({
  id: 'personal-speaks-for-department',
  category: 'identity',
  severity: 'warning',
  guidance: ['G9', 'G21', 'G5'],
  description: 'A personal account stating the department’s position, promising or announcing on its behalf, or speaking as its staff without saying so.',
  messages: {
    authority: '“{words}” speaks for the department, which a personal account cannot do.',
    promise: '“{words}” promises something on the department’s behalf; only its official channels can.',
    offer: '“{words}” offers the department’s services through a personal account.',
    decision: '“{words}” states the department’s decisions or plans as if announcing them.',
    correction: '“{words}” corrects people with the department’s authority, without saying you work there.',
    we: '“{words}” speaks as the department’s staff without saying you work there.',
    insider: '“{words}” vouches for a view with your inside part in the department’s work; a personal account should not trade on it.',
  },
  check(ctx) {
    if (ctx.account !== 'personal') return [];
    const disclosed = disclosesEmployer(ctx.plain) || namesOwnEmployer(ctx);
    // Said openly or not, an inside part offered as the reason to believe a judgement or a forecast speaks for the work.
    const insider = insiderClaims(ctx).map((c) => ({
      start: c.start,
      end: c.end,
      messageId: 'insider',
      data: { words: ctx.text.slice(c.start, c.end) },
      suggestion: 'Leave your role out of views on the department’s work, or keep the view to yourself; point to what is published.',
    }));
    const voice = departmentVoice(ctx)
      .filter((v) => v.evenIfDisclosed || !disclosed)
      .map((v) => ({
        start: v.start,
        end: v.end,
        messageId: v.kind,
        data: { words: ctx.text.slice(v.start, v.end) },
        suggestion: v.evenIfDisclosed
          ? 'Point people to the official account or published guidance; don’t promise outcomes or offer the department’s services yourself.'
          : 'Say where you work and that the views are your own, and point to the published source, or leave it to the official account.',
      }));
    return [...insider, ...voice.filter((v) => !insider.some((c) => v.start < c.end && v.end > c.start))].sort((a, b) => a.start - b.start);
  },
});

const FIRST_PERSON = new Set(['i', "i'm", "i've", 'my', 'me']);
// "Proud to work at the Passport Office", "Ten years working for the Agency": the "I" left out.
const WORK_AT = /\b(?:work|working|worked|joined|joining)\s+(?:at|for|in)\s+(?:the\s+)?$/i;
/** "I lead recruitment for the Courts and Tribunals Administration": the writer names the department as theirs. */
function namesOwnEmployer(ctx: Context): boolean {
  const { tokens } = ctx.words;
  const names = departmentWork(ctx).names;
  return names.some((n) => {
    if (WORK_AT.test(ctx.plain.slice(Math.max(0, n.start - 30), n.start))) return true;
    const k = tokens.findIndex((t) => t.start >= n.start);
    const s = tokens[k]?.sentence;
    return s !== undefined && tokens.some((t, j) => j < k && t.sentence === s && FIRST_PERSON.has(t.norm));
  });
}
