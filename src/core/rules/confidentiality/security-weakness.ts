// A weakness in a site's security told in public: broken cameras, gates down, a gap in the fence, a wing covered by a handful of staff.

import { defineRule, type Hit } from '../../rule.ts';

// "only 4 of us covering C and D wings", "6 of us on for three flights": how thinly a post is staffed.
const COVER = new Set(['on', 'covering', 'running', 'for', 'watching', 'manning', 'left']);

export default defineRule({
  id: 'security-weakness',
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G22', 'G24'],
  messages: {
    gap: '“{words}” tells the public about a weakness in a site’s security, which could help someone exploit it.',
    staffing: '“{words}” tells the public how thinly a secure site is staffed, which could help someone exploit it.',
  },
  description: 'Weaknesses in a site’s security told in public: cameras or gates out of action, gaps in a perimeter, how few staff are on.',
  checksQuotes: true,
  check(ctx) {
    // A department warning travellers that the e-gates are down is a service notice; staff telling the world is not.
    if (ctx.account !== 'personal') return [];
    const { tokens } = ctx.words;
    const workplace = ctx.cues('secrecy.workplace').length > 0;
    const assets = ctx.cues('secrecy.security-asset');
    const gapSentences = new Map(ctx.cues('secrecy.security-gap').map((m) => [tokens[m.first]!.sentence, m] as const));
    const hits: Hit[] = [];
    const add = (start: number, end: number, messageId: string) => hits.push({ start, end, messageId, data: { words: ctx.text.slice(start, end) }, suggestion: 'Leave out anything about gaps in security or staffing; report it inside instead.' });
    const done = new Set<number>();
    for (const a of assets) {
      const s = tokens[a.first]!.sentence;
      const gap = gapSentences.get(s);
      // A camera or lock alone could be anyone's doorbell; an institution's word in the post makes it a site.
      if (!gap || done.has(s) || !(workplace || /perimeter|e-?gate|airlock|control room|cctv|wire|badge|pass reader|card reader|turnstile|lanyard/u.test(ctx.text.slice(a.start, a.end).toLowerCase()))) continue;
      done.add(s);
      add(Math.min(a.start, gap.start), Math.max(a.end, gap.end), 'gap');
    }
    for (let k = 0; k + 3 < tokens.length; k++) {
      const n = tokens[k]!;
      if (n.kind !== 'number' || Number(n.norm) > 12 || tokens[k + 1]?.norm !== 'of' || tokens[k + 2]?.norm !== 'us' || !COVER.has(tokens[k + 3]!.norm)) continue;
      if (!workplace || done.has(n.sentence)) continue;
      done.add(n.sentence);
      add(n.start, tokens[k + 3]!.end, 'staffing');
    }
    return hits.sort((x, y) => x.start - y.start);
  },
});
