// Internal documents, systems and links: intranet and SharePoint addresses, submissions, Cabinet papers, pasted emails.

import internalDocs from '../../data/internal-document-phrases.json' with { type: 'json' };
import { defineRule, type Hit } from '../../rule.ts';
import { publicCues, sentenceFacts } from '../../signals/foreknowledge.ts';
import { hasNearby } from '../../text/nearby.ts';
import { findAll, phraseRegExp } from '../../text/terms.ts';

const DOCS = phraseRegExp(internalDocs.terms);
// Hosts only staff can reach: the links give away internal systems even when they would not open.
// A host starts where a dotted name starts, and its labels are bounded (DNS allows 63 characters each): unbounded,
// every start inside a long "a.b.c.…" run rescanned the rest of it.
const INTERNAL_HOST =
  /(?<![\w.-])(?:https?:\/\/)?(?:[\w-]{1,63}\.){0,10}(?:[\w-]{1,63}\.sharepoint\.com|[\w-]{1,63}\.(?:gsi|gsx|gcsx|gse)\.gov\.uk|intranet(?:\.[\w-]{1,63}){2,10}|[\w-]{1,63}\.intranet(?:\.[\w-]{1,63}){0,10}|[\w-]{1,63}\.(?:internal|corp|local|intra)(?![\w.-]{0,200}\.(?:uk|com|org)))(?:\/[^\s"'<>)\]]*)?/giu;
// The host regex tries every word as the start of a domain, so run it only when a tell-tale part is there.
const MAY_BE_INTERNAL_HOST = /sharepoint|\.(?:gsi|gsx|gcsx|gse)\.|intranet|\.(?:internal|corp|local|intra)\b/i;
// "Screenshot of an internal email", "here's the email from the perm sec".
const SCREENSHOT = /(?<![\p{L}])(?:screenshot|screengrab|photo|pic|copy)\s+(?:of|from)\s+(?:an?\s+|the\s+|our\s+|my\s+|this\s+|today['’]s\s+)?(?:internal\s+|all[\s-]staff\s+|private\s+office\s+|perm\s+sec['’]s\s+|team\s+)?(?:email|e-mail|memo|teams\s+chat|teams\s+message|slack|whatsapp|chat|intranet|submission|briefing)(?![\p{L}])/giu;
// A pasted email header block: two of From/Sent/To/Subject at line starts.
// Lines end at \n (or \r\n); [^\r\n] keeps a header line from running across lone \r, where ^ also matches.
// A line starts at the text's start or after \n: with the m flag ^ also matched after U+2028, which [^\r\n]* runs
// through, so a long line of them was rescanned from each one.
const EMAIL_HEADER = /(?<![^\n])(?:From|Sent|To|Cc|Subject):[^\r\n]*\r?\n(?:(?:From|Sent|To|Cc|Subject):[^\r\n]*(?:\r?\n|$))+/gu;
// "on the intranet" is a personal-account tell that the news came from inside.
const ON_INTRANET = /(?<![\p{L}])(?:on|from|via|in)\s+(?:the|our)\s+intranet(?![\p{L}])/giu;
// Papers already out in the open are fine to mention.
const PUBLISHED = /(?<![\p{L}])(?:published|released|national\s+archives|foi|freedom\s+of\s+information|declassified|historic(?:al)?|from\s+1[89]\d\d|in\s+1[89]\d\d)(?![\p{L}])/iu;

export default defineRule({
  id: 'internal-reference',
  definite: true,
  category: 'confidentiality',
  severity: 'warning',
  guidance: ['G24', 'G22', 'G27'],
  description: 'Internal documents, systems and links (intranet and SharePoint addresses, ministerial submissions, Cabinet papers, pasted internal emails).',
  checksQuotes: true,
  check(ctx) {
    const { text } = ctx;
    const hits: Hit[] = [];
    const add = (start: number, end: number, why: string, suggestion: string) => {
      hits.push({ start, end, message: `“${text.slice(start, end)}” ${why}.`, suggestion });
    };
    for (const m of MAY_BE_INTERNAL_HOST.test(text) ? findAll(INTERNAL_HOST, text) : []) {
      const link = m.text.replace(/(?<![.,;:!?])[.,;:!?]+$/u, '');
      add(m.start, m.start + link.length, 'is an internal address that only staff can open and that reveals internal systems', 'Link to the published page on GOV.UK instead.');
    }
    for (const m of findAll(EMAIL_HEADER, text)) {
      const block = m.text.trimEnd();
      add(m.start, m.start + block.length, 'looks like a pasted internal email, which is official information', 'Leave internal correspondence out of posts.');
    }
    for (const re of [SCREENSHOT, DOCS, ON_INTRANET]) {
      for (const m of findAll(re, text)) {
        // "Readouts" and historic Cabinet papers are published routinely; only unpublished ones leak.
        if (hasNearby(text, m.start, m.end, 60, PUBLISHED)) continue;
        add(m.start, m.end, 'refers to an internal government document or channel; its contents are official information', 'Share only what has been published, and link to it.');
      }
    }
    // "our internal strategy away day", "internal Q3 board pack", "our internal 'lines to take'": up to four words between.
    const { tokens } = ctx.words;
    const things = ctx.cues('secrecy.internal-thing');
    const published = publicCues(ctx).length > 0;
    for (let k = 0; k < tokens.length && !published; k++) {
      if (tokens[k]!.norm !== 'internal') continue;
      const thing = things.find((m) => m.first > k && m.first - k <= 5 && tokens[m.first]!.sentence === tokens[k]!.sentence);
      if (!thing || hits.some((h) => tokens[k]!.start < h.end && thing.end > h.start) || hasNearby(text, tokens[k]!.start, thing.end, 60, PUBLISHED)) continue;
      add(tokens[k]!.start, thing.end, 'refers to an internal government document or channel; its contents are official information', 'Share only what has been published, and link to it.');
    }
    // "Pic of my laptop… you can see the options table if you squint", "screenshot of the CaseFlow home screen below",
    // "behind them you can see the rota board": a picture of the workplace shows what is on its screens and boards.
    const seenIn = imageOfWork(tokens);
    if (seenIn && !hits.some((h) => h.start < seenIn.end && h.end > seenIn.start)) add(seenIn.start, seenIn.end, 'shares a picture of a screen, board or pass at work, which can show official information', 'Check what is visible in the picture (screens, boards, passes, keys, papers), or leave it out.');
    // "Sat in a meeting today where they decided…", "threw a tantrum at today's briefing": what happened in an internal meeting.
    if (!published) {
      const senior = new Set(ctx.cues('decision.senior').map((m) => tokens[m.first]!.sentence));
      const decided = new Set(ctx.cues('decision.made').map((m) => tokens[m.first]!.sentence));
      // What staff were told to do ("we've been told to keep paying them anyway") is what the meeting said.
      const told = new Set(ctx.cues('secrecy.instruction').map((m) => tokens[m.first]!.sentence));
      // A figure told from the meeting ("Real number's nearer 140k") is what it said, too.
      const facts = sentenceFacts(ctx);
      for (const m of ctx.cues('secrecy.meeting')) {
        const s = tokens[m.first]!.sentence;
        if (!senior.has(s) && !decided.has(s) && !told.has(s) && !told.has(s + 1) && !facts[s]?.figure && !facts[s + 1]?.figure) continue;
        // "…hosted an all-staff call today on the new framework. The framework is published here": a meeting about what is out.
        if (hasNearby(text, m.start, m.end, 160, PUBLISHED)) continue;
        if (hits.some((h) => m.start < h.end && m.end > h.start)) continue;
        add(m.start, m.end, 'reports what happened in an internal meeting, which is official information', 'Leave internal discussions out of posts.');
      }
      // "Our district's been told to hit 400 sanction referrals this quarter": an internal instruction with its number.
      if (ctx.account === 'personal') {
        const numbered = new Set(tokens.filter((t) => t.kind === 'number' && Number(t.norm.replace(/,/g, '')) >= 10).map((t) => t.sentence));
        for (const m of ctx.cues('secrecy.instruction')) {
          const s = tokens[m.first]!.sentence;
          const counted = facts[s]?.figure || numbered.has(s);
          if (!counted || hits.some((h) => h.start < m.end && h.end > m.start)) continue;
          add(m.start, m.end, 'reports an instruction given inside the organisation, which is official information', 'Leave internal instructions and targets out of posts.');
        }
      }
    }
    return hits;
  },
});

// What a workplace picture shows that is not for the public, and the words that put a picture in the post.
const IMAGE = new Set(['pic', 'pics', 'photo', 'photos', 'picture', 'screenshot', 'screengrab', 'snap', 'selfie']);
const SHOWN = new Set(['laptop', 'screen', 'screens', 'monitor', 'whiteboard', 'board', 'rota', 'dashboard', 'files', 'keys', 'pass', 'lanyard', 'badge', 'system', 'inbox', 'papers', 'map', 'plans']);
const VISIBLE = /^(?:behind|background|see|squint|visible|below|attached|above)$/u;

/** A picture in the post of something at work that shows information: an image word and a shown thing close together, said to be visible or attached. */
function imageOfWork(tokens: ReadonlyArray<{ norm: string; start: number; end: number; sentence: number; kind: string }>): { start: number; end: number } | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const image = IMAGE.has(t.norm);
    const behind = t.norm === 'behind' || t.norm === 'background';
    if (!image && !behind) continue;
    for (let j = k + 1; j <= k + 7 && j < tokens.length; j++) {
      const u = tokens[j]!;
      if (!SHOWN.has(u.norm)) continue;
      // Said to be there to look at: "below", "attached", "if you squint", "you can see", "behind them".
      const from = Math.max(0, k - 6);
      const to = Math.min(tokens.length, j + 12);
      let visible = behind;
      for (let v = from; v < to && !visible; v++) if (VISIBLE.test(tokens[v]!.norm) && tokens[v]!.sentence >= t.sentence - 1 && tokens[v]!.sentence <= u.sentence + 1) visible = true;
      if (visible) return { start: t.start, end: u.end };
    }
  }
  return undefined;
}
