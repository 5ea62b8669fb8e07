// A member of the public (or a colleague) identifiable from a combination of details, though no full name or postcode is given.

import { defineRule, type Hit } from '../../rule.ts';
import { caseTalk, type CaseTalk } from '../../signals/case-talk.ts';
import { replyAuthor } from '../../signals/political-targets.ts';
import { cuesIn } from '../../signals/sentence-cues.ts';
import { workLookups } from '../../signals/work-access.ts';
import type { Context } from '../../context.ts';
import { ABOUT_ADDRESSEE, peopleData, SENSITIVE, type DetailKind, type PeopleData } from '../../signals/people-data.ts';

const DESCRIBE: Record<DetailKind, string> = {
  place: 'where they live or were', street: 'their street', age: 'their age', health: 'their health', justice: 'a criminal or disciplinary matter', immigration: 'their immigration status',
  case: 'their case', money: 'sums of money', reference: 'a case reference', vehicle: 'their vehicle', school: 'a school', work: 'their work or income',
  date: 'dates', family: 'their family', description: 'how they look', security: 'a security role',
};
// A published court outcome ("fined at Thames Magistrates' Court", "sentenced… Full details: gov.uk/…") is on the public record.
const OUTCOME = /(?<![\p{L}])(?:sentenced|jailed|fined|convicted|pleaded\s+guilty|pleading\s+guilty|disqualified|found\s+guilty|findings|redress|suspended\s+sentence|community\s+order|ordered\s+to\s+(?:repay|pay\s+back))(?![\p{L}])/iu;
const RECORDS = 'Leave out anything you know from work records; never look people up for private reasons.';
const SAID = new Set(['said', 'says', 'added', 'explained', 'commented']);
const ARREST_NOTICE = /(?<![\p{L}])(?:has|have)\s+been\s+(?:arrested|charged|remanded)(?![\p{L}])/iu;
const COURT_OR_SOURCE = /(?<![\p{L}])(?:court|tribunal)(?![\p{L}])|(?:gov\.uk|https?:\/\/)/iu;

export default defineRule({
  id: 'identifiable-person',
  category: 'confidentiality',
  severity: { official: 'error', personal: 'warning' },
  messages: {
    combination: '“{words}” can be identified from {details}; together these are personal data, even without a full name.',
    lookup: '“{words}” says a person was looked up at work; what records show about someone is personal data, and never yours to pass on.',
    colleague: '“{words}” is a colleague, and the post discloses {details}; colleagues’ personal details are not yours to share.',
    court: '“{words}”: people in a private hearing or a jury must not be identifiable.',
  },
  guidance: ['G29', 'G14', 'G22'],
  description: 'Members of the public or colleagues identifiable from a combination of details (a role, a street, an age, a condition, a case, a school), not only a full name.',
  checksQuotes: true,
  check(ctx) {
    const data = peopleData(ctx);
    const { details, consent } = data;
    // "Thank you, Ms Morgan" answering "… Sian Morgan MP": a politician who wrote in is a public figure, not a member of the public.
    const author = replyAuthor(ctx);
    // "We can't discuss applications here, but…": a reply that declines the case tells nothing about the person replied to.
    const declined = ctx.cues('engagement.decline').length > 0;
    const anchors = data.anchors.filter((a) => !(declined && a.kind === 'addressee') && !(author && (a.kind === 'addressee' || (a.kind === 'named' && ctx.words.tokens.slice(a.first, a.last).some((t) => author.names.has(t.text))))));
    // "I checked at work", "came up on the system": whatever follows about the person came from official records.
    const lookups = workLookups(ctx).filter((l) => !l.threat && details.some((d) => d.sentence >= l.sentence - 1 && d.sentence <= l.sentence + 2));
    const court = privateCourt(ctx, data);
    const looked: Hit[] = court ? [court] : [];
    // A file read out in public ("our records show…") counts when nothing else in the post is reported.
    const records: Hit[] = caseRecords(ctx).map((r) => ({ start: r.start, end: r.end, messageId: 'lookup', data: { words: ctx.text.slice(r.start, r.end) }, suggestion: RECORDS }));
    looked.push(... lookups.map((l) => ({ start: l.start, end: l.end, messageId: 'lookup', data: { words: ctx.text.slice(l.start, l.end) }, suggestion: RECORDS })));
    // A department sharing a case study with the person's agreement has done what the guidance asks.
    // A private hearing's parties described is said in the court message, which says more than a combination would.
    if (court || !anchors.length || !details.length || (consent && ctx.account === 'official')) return looked.length ? looked : records;
    const { tokens, sentences } = ctx.words;
    // An enforcement body's own arrest or charge notice ("a 34-year-old man from Leeds has been arrested by our officers")
    // is how such news is published: the person is described the way the law allows, not exposed.
    const arrestNotice = ctx.account === 'official' && ARREST_NOTICE.test(ctx.text);
    const courtRecord = (OUTCOME.test(ctx.text) && COURT_OR_SOURCE.test(ctx.text)) || arrestNotice;
    const hits: Hit[] = [];
    // "Claimant kicked off at me today", "had the most entitled caller today": a member of the public met at work today.
    // Read only when a personal post has a role anchor, and once.
    let todays: Set<number> | undefined;
    const today = (sentence: number) =>
      (todays ??= new Set(tokens.filter((t, k) => /^(?:today|tonight)$/.test(t.norm) || (t.norm === 'this' && /^(?:morning|afternoon)$/.test(tokens[k + 1]?.norm ?? ''))).map((t) => t.sentence))).has(sentence);
    const encounter = ctx.cues('people.encounter').length > 0 || (ctx.account === 'personal' && anchors.some((a) => a.kind === 'role' && today(a.sentence)));
    const covered = new Set<number>();
    const order = [...anchors].sort((a, b) => rank(a.kind) - rank(b.kind) || a.first - b.first);
    // Anchors of one kind in the same window see the same details: once one has been judged and found nothing, another
    // is judged again only if a street follows it, so a paste repeating "the 19-year-old lad" stays linear.
    const judged = new Set<string>();
    const streetStarts = new Set(details.filter((d) => d.kind === 'street').map((d) => d.first));
    const namedStarts = new Set(anchors.filter((b) => b.kind === 'named').map((b) => b.first));
    for (const a of order) {
      if (covered.has(a.sentence)) continue;
      // "HSE inspector Claire Whitby said: …": a department's own spokesperson quoted in its release speaks in public.
      if (a.kind === 'named' && ctx.account === 'official' && SAID.has(tokens[a.last]?.norm ?? '')) continue;
      // "A 34-year-old man from Fenwick has been arrested… on Station Road": the notice describes an unnamed suspect by
      // age, town and the scene, as the law allows; only a name would add someone identifiable.
      if (arrestNotice && a.kind !== 'named') continue;
      const from = a.kind === 'addressee' ? 0 : a.sentence - 1;
      const to = a.kind === 'addressee' ? sentences.length : a.sentence + 2;
      const key = `${a.kind}|${from}|${to}`;
      if (judged.has(key) && ![0, 1, 2, 3, 4, 5].some((d) => streetStarts.has(a.last + d))) continue;
      judged.add(key);
      const near = details.filter(
        (d) =>
          d.sentence >= (a.kind === 'colleague' ? a.sentence : from) &&
          d.sentence <= (a.kind === 'colleague' ? a.sentence + 1 : to) &&
          (d.last <= a.first || d.first >= a.last) &&
          !(courtRecord && (d.kind === 'justice' || d.kind === 'money')) &&
          (a.kind !== 'addressee' || ABOUT_ADDRESSEE.has(d.kind)),
      );
      const kinds = new Set(near.map((d) => d.kind));
      const sensitive = [...kinds].filter((k) => SENSITIVE.has(k));
      const named = a.kind === 'named' || (a.kind === 'colleague' && (namedStarts.has(a.last) || namedStarts.has(a.last + 1)));
      const colleague = a.kind === 'colleague' && (kinds.has('health') || kinds.has('justice') || kinds.has('security'));
      // A case reference ties what is said to one person's file however little else is given.
      // A street narrows a person to a few dozen doors: with a name, or with one more detail, they are found.
      // The street must be given as theirs, right after the mention ("Mrs Patel from Orchard Way", "Gary Pell (Elm Road)"), not a
      // street elsewhere in the post beside a storm's or a farm's name.
      const theirs = near.some((d) => d.kind === 'street' && d.first > a.last - 1 && d.first - a.last <= 5);
      const street = theirs && (named || kinds.size >= 2);
      // Someone met at work ("a lovely old boy at the counter today, 91, on the Ferndale estate") is found with fewer details.
      const metAtWork = encounter && a.kind !== 'colleague' && a.kind !== 'addressee' && (kinds.size >= 2 || (named && kinds.size >= 1));
      if (!(kinds.size >= 3 || (kinds.size >= 2 && sensitive.length > 0) || (named && sensitive.length > 0) || colleague || street || metAtWork || kinds.has('reference'))) continue;
      const inOrder = [...near].sort((x, y) => x.first - y.first);
      const span = a.kind === 'addressee' ? inOrder.find((d) => SENSITIVE.has(d.kind)) ?? inOrder[0]! : a;
      const start = tokens[span.first]!.start;
      const end = tokens[span.last - 1]!.end;
      for (let s = from; s <= to; s++) covered.add(s);
      hits.push({
        start,
        end,
        messageId: colleague ? 'colleague' : 'combination',
        data: { words: ctx.text.slice(start, end), details: list([...kinds].map((k) => DESCRIBE[k])) },
        suggestion: 'Leave out the details that point to one person; talk about the service or the case in general, and take individual cases to a private channel.',
      });
    }
    for (const l of looked) if (!hits.some((h) => l.start < h.end && l.end > h.start)) hits.push(l);
    if (!hits.length) hits.push(...records);
    return hits.sort((x, y) => x.start - y.start);
  },
});

// "We've passed it to the team", "we've written to all MPs", "I've made a note": actions taken, not a file read out.
const ACTION_ONLY = /^(?:we['’]ve|we|i['’]ve|i)\s+(?:(?:have|had)\s+)?(?:passed|written|made|tried|backdated|chased)/iu;

/** A look at one person's file ("we can see", "our records show") followed by its facts: a date, a sum, a reason, a status. */
function caseRecords(ctx: Context): CaseTalk[] {
  const { tokens, sentences } = ctx.words;
  const hits: CaseTalk[] = [];
  // Judged once per sentence, so a paste of many look-ups in one sentence stays linear.
  const judged = new Map<number, boolean>();
  for (const c of caseTalk(ctx)) {
    if (c.kind !== 'lookup' || ACTION_ONLY.test(ctx.text.slice(c.start, c.end))) continue;
    // The look must yield something only the file would say, in its sentence or the next: a date, a sum, a reason, a status.
    const s = c.first;
    const sentence = tokens[s]!.sentence;
    let fact = judged.get(sentence);
    if (fact === undefined) {
    fact = false;
    for (const i of [sentence, sentence + 1]) {
      const span = sentences[i];
      if (!span) continue;
      for (let k = span.first; k < span.last && !fact; k++) {
        const t = tokens[k]!;
        fact = k >= s && (t.kind === 'number' || t.text === '£' || t.norm === 'because' || t.norm === 'why');
      }
      fact ||= cuesIn(ctx, 'engagement.case-status', i).length > 0;
    }
    judged.set(sentence, fact);
    }
    if (!fact) continue;
    hits.push(c);
  }
  return hits;
}

// What tells a party to a hearing apart: their family, age, looks, health or where they are.
const PARTY = new Set<DetailKind>(['family', 'age', 'description', 'health', 'place', 'street']);

/**
 * The parties of a family or youth court hearing described on a personal account (two details near the court), or a
 * juror picked out by number or looks; "my sister's been through the family court" is the writer's own family's story.
 */
function privateCourt(ctx: Context, data: PeopleData): Hit | undefined {
  if (ctx.account !== 'personal') return undefined;
  const { tokens } = ctx.words;
  const { anchors, details } = data;
  const at = (start: number, end: number): Hit => ({ start, end, messageId: 'court', data: { words: ctx.text.slice(start, end) }, suggestion: RECORDS });
  const c = ctx.cues('secrecy.private-court')[0];
  const own = ctx.cues('people.relation').some((m) => /^(?:my|our)$/.test(tokens[m.first - 1]?.norm ?? ''));
  if (c && !own) {
    const s = tokens[c.first]!.sentence;
    if (details.filter((d) => PARTY.has(d.kind) && d.sentence >= s && d.sentence <= s + 2).length >= 2) return at(c.start, c.end);
  }
  for (const a of anchors) {
    if (a.kind !== 'role' || tokens[a.first]!.norm !== 'juror') continue;
    const next = tokens[a.last];
    if (next && next.kind === 'number' && next.start - tokens[a.first]!.end === 1) return at(tokens[a.first]!.start, next.end);
    if (details.some((d) => PARTY.has(d.kind) && d.sentence === a.sentence)) return at(tokens[a.first]!.start, tokens[a.last - 1]!.end);
  }
  return undefined;
}

/** Names first, then roles and colleagues, then the person replied to: the clearest mention is the one underlined. */
function rank(kind: string): number {
  return kind === 'named' ? 0 : kind === 'colleague' ? 1 : kind === 'role' ? 2 : 3;
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
