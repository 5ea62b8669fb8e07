// Sharing someone else's copyrighted work wholesale (a whole chapter, a pasted article), which needs the rights-holder's permission.

import type { Context } from '../../context.ts';
import { defineRule, type Hit } from '../../rule.ts';
import { allMatches, firstMatch } from '../../text/matches.ts';

const WHOLESALE = new RegExp(
  [
    String.raw`\b(?:whole|entire)\s+of\s+chapter\s+(?:\d+|[IVXL]+)\b`,
    String.raw`\b(?:here's|here\s+is|below\s+is|sharing|posting|posted|uploaded|pasting|pasted|copying|copied|attached|scanned|scanning|photographed|pics\s+of|photos\s+of|scans\s+of)\s+(?:the\s+|this\s+|today's\s+)?(?:whole|entire|full)\s+(?:of\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:chapter|book|textbook|ebook|e-book|audiobook|novel|album|film|movie|episode|article|piece|column|story|paper|magazine|comic|map)s?\b(?:\s+(?:\d+|[IVXL]+)\b)?`,
    String.raw`\b(?:photographed|scanned|copied|pasted|screenshotted|uploaded)\s+(?:every|each|all\s+(?:the|of\s+the))\s+pages?\b`,
    String.raw`\b(?:since|as|because|cos)\s+it's\s+paywalled\b`,
    String.raw`\bso\s+you\s+(?:don't|do\s+not|won't)\s+(?:have\s+to|need\s+to)\s+(?:buy|pay\s+for|subscribe)\b`,
    String.raw`\bso\s+you\s+(?:don't|do\s+not|won't)\s+need\s+(?:a|to\s+buy\s+a|to\s+pay\s+for\s+a)\s+(?:subscription|copy|licence)\b`,
    String.raw`\b(?:get\s+(?:round|around)|bypass(?:ing)?|dodg(?:e|ing))\s+the\s+paywall\b`,
    String.raw`\b(?:free\s+)?(?:pdf|scans?|photos?|pics)\s+of\s+the\s+(?:whole|entire|full)\s+(?:book|chapter|article|report|textbook)\b`,
    String.raw`\b(?:copied|pasted|reproduced)\s+(?:it\s+|the\s+article\s+|the\s+piece\s+)?(?:below\s+)?in\s+full\b`,
  ].join('|'),
  'gi',
);

// Marks of a pasted publication, which count only in long text (a short "© Crown copyright" line is fine).
const PASTE_MARK =
  /©(?!\s*Crown)|\bAll\s+rights\s+reserved\b|\bCopyright\s+(?:©\s*)?(?:19|20)\d\d\b|\bThis\s+(?:article|piece|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b|\b(?:Reproduced|Reprinted)\s+from\b|^[ \t]*CHAPTER\s+(?:\d+|[IVXL]+)\b/gm;
const LONG_PASTE = 700;
const SUGGESTION = 'Share a link and a short quotation with credit instead.';
// A department linking its own publication ("Here's the full report: gov.uk/…") shares nothing it does not own.
const OWN_LINK = /(?:^|[\s(])(?:https?:\/\/)?(?:[\w-]+\.)*gov\.uk(?![\w.-])/iu;

/**
 * A whole work passed on: a wholeness word next to a kind of work ("the full PDF", "all of her new collection",
 * "the whole of 'Home Tonight'"), with sharing ("here's", "uploaded") or getting it free or unpermitted nearby.
 */
function wholeWorks(ctx: Context): Array<{ start: number; end: number }> {
  const { tokens } = ctx.words;
  const work = ctx.cues('copying.work');
  // "guide", "handbook": a department writes its own, so only a titled one with a price or "free" is someone else's.
  const titledWork = ctx.cues('copying.titled-work');
  const share = new Set(ctx.cues('copying.share').map((m) => tokens[m.first]!.sentence));
  // A price, a paywall or no permission says the work is someone else's; plain "free" is what every gov.uk guide is.
  const sold = ctx.cues('copying.free').length > 0 || listPrice(tokens);
  const free = sold || ctx.cues('copying.gratis').length > 0;
  if (!sold && OWN_LINK.test(ctx.text)) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const w of ctx.cues('copying.whole')) {
    const s = tokens[w.first]!.sentence;
    // The work within three words after ("the full new Coldplay album"), or after its title, however long
    // ("the full Meridian Insight 'UK GovTech 2025' report"); not across "of" ("the full list of films").
    // A titled work may be our own publication, so it needs a sign that it is someone's to sell ("normally £2,500", "free").
    const between = (n: { first: number }) => !tokens.slice(w.last, n.first).some((t) => t.norm === 'of' || t.norm === 'list');
    const noun =
      work.find((n) => n.first >= w.first && (n.first - w.last <= 3 || (free && isTitle(tokens, w.last, n.first))) && between(n)) ??
      (free ? titledWork.find((n) => n.first > w.last && isTitle(tokens, w.last, n.first + 1) && between(n)) : undefined);
    const title = !noun && /^\s*['‘“"]/u.test(ctx.text.slice(w.end, w.end + 3));
    if (!noun && !title) continue;
    if (!(free || share.has(s) || share.has(s - 1) || share.has(s + 1))) continue;
    out.push({ start: w.start, end: noun ? Math.max(noun.end, w.end) : w.end });
  }
  return out;
}

const ART = new Set(['cartoon', 'cartoons', 'illustration', 'illustrations', 'drawing', 'drawings', 'artwork', 'painting', 'comic', 'strip']);
const PERMITTED = /\bwith\s+(?:(?:kind|their|his|her|the\s+artist's)\s+)?permission\b/i;
const ONLINE = new Set(['online', 'google', 'internet', 'social', 'instagram', 'facebook', 'twitter', 'tiktok', 'pinterest', 'reddit', 'website', 'page', 'feed', 'account', 'profile', 'blog']);
/**
 * Someone else's picture reposted: an image "borrowed from @jo.photos", "found it on Instagram", or a cartoon "from this
 * morning's Daily Courier". A picture is whole by nature, so taking it is taking the work; a credit is not a licence.
 */
function takenImages(ctx: Context): Array<{ start: number; end: number }> {
  const { tokens } = ctx.words;
  if (PERMITTED.test(ctx.text)) return [];
  const images = new Set(ctx.cues('copying.image').map((m) => tokens[m.first]!.sentence));
  const out: Array<{ start: number; end: number }> = [];
  for (const m of ctx.cues('copying.taken')) {
    const s = tokens[m.first]!.sentence;
    const source = tokens[m.last];
    const elsewhere = !!source && (source.kind === 'mention' || /^\p{Lu}/u.test(source.text) || ONLINE.has(source.norm) || (/^(?:the|her|his|their)$/.test(source.norm) && ONLINE.has(tokens[m.last + 1]?.norm ?? '')));
    if (elsewhere && (images.has(s) || images.has(s - 1))) out.push({ start: m.start, end: m.end });
  }
  // "Found this shot, no idea who took it", "sorry about the watermark": a picture whose owner was never asked.
  for (const m of ctx.cues('copying.ownerless')) {
    const s = tokens[m.first]!.sentence;
    if (images.has(s) || images.has(s - 1) || images.has(s + 1)) out.push({ start: m.start, end: m.end });
  }
  // "this brilliant cartoon from this morning's Daily Courier": a drawing out of a named paper.
  for (const m of ctx.cues('copying.issue')) {
    const s = tokens[m.first]!.sentence;
    if (!/^\p{Lu}/u.test(tokens[m.last]?.text ?? '')) continue;
    for (let k = m.first - 1; k >= 0 && k >= m.first - 4 && tokens[k]!.sentence === s; k--) {
      if (ART.has(tokens[k]!.norm)) {
        out.push({ start: tokens[k]!.start, end: tokens[m.last]!.end });
        break;
      }
    }
  }
  return out;
}

// Someone's recording laid under our own film: "our new advert, set to Adele's Rolling in the Deep", "soundtracked by
// the new Arlo Finch single". A video and "set to" or "soundtracked by" with a named or titled piece of music after it.
const FILM = /(?<![\p{L}])(?:video|advert|advertisement|film|clip|footage|reel|campaign\s+ad|montage)(?![\p{L}])/iu;
const SET_TO_MUSIC = /(?<![\p{L}])(?:[Ss]et\s+to|[Ss]oundtracked\s+by|[Bb]acked\s+by|to\s+the\s+tune\s+of)\s+(?:(?:the\s+)?whole\s+of\s+|the\s+new\s+|a\s+certain\s+|that\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:['‘“"]|[\p{Lu}][\p{L}'’.-]*['’]s(?![\p{L}])|(?:[\p{L}\p{N}-]+\s+){0,2}(?:single|song|hit|track|anthem|banger|tune|chart-topper|classic)(?![\p{L}]))/u;
// A licence or our own music makes it fine.
const LICENSED = /(?<![\p{L}])(?:licen[cs]ed|licen[cs]e|with\s+(?:(?:kind|their|his|her)\s+)?permission|royalty[\s-]free|our\s+own\s+(?:music|song|track)|composed\s+(?:for\s+us|by\s+our)|thanks\s+to\s+[^.!?\n]{1,40}\sfor\s+(?:letting|permission))(?![\p{L}])/iu;
function musicUnderFilm(ctx: Context): Array<{ start: number; end: number }> {
  if (!FILM.test(ctx.text) || LICENSED.test(ctx.text)) return [];
  const m = SET_TO_MUSIC.exec(ctx.text);
  if (!m) return [];
  // The span ends at the music's name; an opening quotation mark or a space at its end is not underlined.
  let end = m.index + m[0].length;
  while (end > m.index && ' \t\n\'‘“"'.includes(ctx.text[end - 1]!)) end--;
  return [{ start: m.index, end }];
}

const SHARE_WORDS = new Set(['link', 'links', 'dm', 'inbox', 'message']);
/**
 * A pirated copy passed on: "full cam rip, link in replies", "stream link, better than paying for it". Piracy words
 * alone may be a warning against it ("Pirated DVDs fund crime"), so a sharing word must be in the sentence or next to it.
 */
function piratedCopies(ctx: Context): Array<{ start: number; end: number }> {
  const { tokens } = ctx.words;
  const shared = new Set(ctx.cues('copying.share').map((m) => tokens[m.first]!.sentence));
  for (const t of tokens) if (SHARE_WORDS.has(t.norm)) shared.add(t.sentence);
  return ctx
    .cues('copying.pirate')
    .filter((m) => [-1, 0, 1].some((d) => shared.has(tokens[m.first]!.sentence + d)))
    .map((m) => ({ start: m.start, end: m.end }));
}

const PRICE_WORDS = new Set(['usually', 'normally', 'worth', 'costs', 'priced', 'rrp', 'retails']);
/** A list price ("usually £2,400", "normally £2,500 a copy", "worth £300"): the work is sold by someone. */
function listPrice(tokens: Context['words']['tokens']): boolean {
  return tokens.some((t, k) => t.kind === 'number' && /[£$€]$/.test(tokens[k - 1]?.text ?? '') && [k - 2, k - 3].some((j) => PRICE_WORDS.has(tokens[j]?.norm ?? '')));
}

const TITLE_QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
/** Tokens [from, to) are a work's title: up to eight words, each capitalised, a number or in quotation marks. */
function isTitle(tokens: Context['words']['tokens'], from: number, to: number): boolean {
  if (to - from > 12) return false;
  let quoted = false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (TITLE_QUOTES.has(t.text)) {
      quoted = !quoted;
      continue;
    }
    if (t.kind === 'word') words++;
    if (!quoted && !(t.kind === 'number' || (t.kind === 'word' && /^\p{Lu}/u.test(t.text)))) return false;
  }
  return words <= 8;
}

export default defineRule({
  id: 'copyright-material',
  category: 'legal',
  severity: 'warning',
  guidance: ['G22'],
  messages: {
    wholesale: '“{words}” suggests sharing someone else’s work wholesale, which breaks copyright without permission.',
    pasted: '“{words}” in a long post looks like a pasted copyrighted piece; reposting it in full needs the rights-holder’s permission.',
  },
  description: 'Sharing a whole chapter, article, book, report or broadcast that belongs to someone else, or pasting one with its copyright notice.',
  checksQuotes: true,
  check(ctx) {
    const text = ctx.plain;
    const hits: Hit[] = allMatches(WHOLESALE, text).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      messageId: 'wholesale',
      data: { words: ctx.text.slice(m.index, m.index + m[0].length) },
      suggestion: SUGGESTION,
    }));
    for (const w of [...wholeWorks(ctx), ...takenImages(ctx), ...musicUnderFilm(ctx), ...piratedCopies(ctx)]) if (!hits.some((h) => w.start < h.end && w.end > h.start)) hits.push({ ...w, messageId: 'wholesale', data: { words: ctx.text.slice(w.start, w.end) }, suggestion: SUGGESTION });
    if (text.length >= LONG_PASTE) {
      const m = firstMatch(PASTE_MARK, text);
      if (m) {
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          messageId: 'pasted',
          data: { words: m[0].trim() },
          suggestion: 'Post a link and a short, credited extract instead.',
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
