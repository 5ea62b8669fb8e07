// The people in a private hearing told of in public: the parties and children of a family or youth court, or a juror picked out.

import { defineRule, type Hit } from '../../rule.ts';
import { peopleData } from '../../signals/people-data.ts';

// What tells a party apart: their family, age, looks, health or where they are.
const PARTY = new Set(['family', 'age', 'description', 'health', 'place', 'street']);
const OWN = new Set(['my', 'our']);

export default defineRule({
  id: 'private-court',
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G22', 'G29'],
  messages: {
    parties: '“{words}” is a private hearing, and the post describes the people in it; family and youth court parties must not be identifiable.',
    juror: '“{words}” picks out a juror; what happens in a jury and who sits on it must stay private.',
  },
  description: 'The parties or children in a family or youth court hearing described in public, or a juror picked out (“juror 7 on the Pellow trial”).',
  checksQuotes: true,
  check(ctx) {
    // A department publishing family court statistics or news speaks of the courts, not of a hearing.
    if (ctx.account !== 'personal') return [];
    const { tokens } = ctx.words;
    const { anchors, details } = peopleData(ctx);
    const hits: Hit[] = [];
    const courts = ctx.cues('secrecy.private-court');
    // "My sister's going through the family court": the writer's own family's case is theirs to tell.
    const ownCase = ctx.cues('people.relation').some((m) => OWN.has(tokens[m.first - 1]?.norm ?? ''));
    if (courts.length && !ownCase) {
      const c = courts[0]!;
      const s = tokens[c.first]!.sentence;
      const parties = details.filter((d) => PARTY.has(d.kind) && d.sentence >= s && d.sentence <= s + 2);
      if (parties.length >= 2)
        hits.push({ start: c.start, end: c.end, messageId: 'parties', data: { words: ctx.text.slice(c.start, c.end) }, suggestion: 'Leave out anything about the people in the hearing; say only that it was a hard day.' });
    }
    for (const a of anchors) {
      if (a.kind !== 'role' || tokens[a.first]!.norm !== 'juror') continue;
      const next = tokens[a.last];
      const numbered = !!next && next.kind === 'number' && next.start - tokens[a.last - 1]!.end === 1;
      const described = details.some((d) => PARTY.has(d.kind) && d.sentence === a.sentence);
      if (!numbered && !described) continue;
      const end = numbered ? next.end : tokens[a.last - 1]!.end;
      hits.push({ start: tokens[a.first]!.start, end, messageId: 'juror', data: { words: ctx.text.slice(tokens[a.first]!.start, end) }, suggestion: 'Leave jurors and what happens in the jury out of posts altogether.' });
      break;
    }
    return hits.sort((x, y) => x.start - y.start);
  },
});
