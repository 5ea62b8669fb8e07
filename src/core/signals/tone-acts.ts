// Tone acts found from cue classes plus a target: condescension, veiled threats, mockery and hype; each a list of spans, memoised.

import type { Context } from '../context.ts';
import type { CueMatch } from '../text/cues.ts';
import type { Token } from '../text/tokens.ts';
import { evaluate } from '../text/valence.ts';
import { cueTokens, cuesFrom, cuesIn, sentencesOf, wordsIn, type SentenceView } from './sentence-cues.ts';

export interface Span {
  start: number;
  end: number;
}

const span = (a: { start: number }, b: { end: number }): Span => ({ start: a.start, end: b.end });
const lastWordOf = (tokens: readonly Token[], s: SentenceView) => {
  let k = s.last - 1;
  while (k > s.first && tokens[k]!.kind !== 'word') k--;
  return k;
};
// Walks only to the first word (a slice of the whole sentence on every call made long sentences quadratic); the token
// before the sentence if it has none, as before.
const firstWordOf = (tokens: readonly Token[], s: SentenceView) => {
  for (let k = s.first; k < s.last; k++) if (tokens[k]!.kind === 'word') return k;
  return s.first - 1;
};

// Emoji that mock or smirk; and the three that only mock with something else beside them.
const MOCKING_EMOJI = /^(?:🙄|🙃|😒|🤦|🤡|🤷|😏|🥱)/u;
const LAUGH_OR_WINK = /^(?:😂|🤣|😘|😉|😜|🤭|😎)/u;
const QUOTE_MARKS = new Set(["'", '‘', '’', '"', '“', '”']);
// Frames of sarcasm that only work at the start of a sentence ("Says the man with...", "Imagine being...").
const OPENING_FRAMES = new Set(['says the', 'imagine being', 'imagine complaining', 'imagine thinking', 'imagine working', 'who knew', 'newsflash', 'funny how', 'funny thing about', 'interesting to see', 'nothing says', 'goodness']);
// Frames that mock only when they are about people ("made my week" about a claimant's email, not about thank-you cards).
const PEOPLE_FRAMES = new Set(['made my week', 'made my day']);
// Frames as often meant as said ("We'd expect nothing less from our brilliant crews", "Never change, Kelby"): sarcastic
// only beside something bad or mocking, in the sentence or the ones either side.
const SINCERE_TOO = new Set(['expect nothing less', "we'd expect nothing less", 'never change', 'change my mind', 'made my week', 'made my day', 'funny how', 'funny thing about']);
// Who a frame can be aimed at: a group of the public, critics, politicians, "some people".
const AIMED = ['tone.public-group', 'tone.critic', 'politics.politician', 'tone.vague-group'];
// Warning words that threaten only beside a second sign (surveillance, another warning). A wink beside one alone
// ("if I were you I'd hold off until after the Budget 😉", "Not saying anything. Just saying 😉") is a hint, not menace.
// Advice as often as menace ("I'd check your tax code if I were you", "be careful what you share online") needs a second sign too,
// as does a pointed correction ("We'd gently point out that our staff are paid on published scales"), icy rather than menacing alone.
const WEAK_WARNINGS = new Set(['just saying', 'go on then', 'keep talking', 'see what happens', "you'll find out", 'last warning', 'before it becomes public', 'before this becomes public', 'if i were you', 'if we were you', "i'd think twice", "i'd be careful", 'be careful what you', "i'd think carefully", "i'd think very carefully", 'enjoy it while it lasts', "we'd gently point out", 'would gently point out']);
const WH = new Set(['who', "who's", 'what', "what's", 'where', "where's", 'when', 'why', 'how', 'which', 'whether']);
const YOU_FORMS = new Set(['you', "you're", "you've", "you'd", "you'll"]);
// Verbs of the speaker's own telling, after "we" or "I" (or "we've", "I've").
const TELLING = /^(?:announced|answered|explained|told|said|mentioned|published|confirmed|replied|posted|repeated)$/;
const TELLERS = new Set(['we', 'i', "we've", "i've", "we'd", "i'd"]);
const PERSONAL_OWNER = new Set(['his', 'her', 'my', "someone's"]);
const FIRST_PERSON = new Set(['i', 'we', "i'm", "we're", 'i was', 'we were']);
const HARD = new Set(['hard', 'difficult', 'tricky', 'tough']);
// A whole sentence that only says how easy something is: "It's quite simple really", "It's not hard", "It really isn't that difficult".
const SIMPLE_CLAIM = /^(?:it's|it is|this is|that's)(?: (?:quite|really|very|pretty|all|actually|so))? (?:simple|easy|straightforward)(?: really| enough)?$/;
const NOT_HARD_CLAIM = /^(?:it's not|it is not|it isn't|it really isn't|it's really not|this isn't|this is not|that's not|that isn't)(?: (?:that|very|exactly|really))? (?:hard|difficult|complicated|rocket science)$/;
const CONDITIONAL_HARM = new Set(['be a shame if', 'be a pity if']);
const OFFER_VERBS = new Set(['send', 'lend', 'buy', 'post', 'gift', 'get']);
const OFFER_TO = new Set(['her', 'him', 'them', 'you', 'yourself']);
const ASIDE_OPEN = /^[,(—–]$/;
// Who can be helped to read rather than mocked for not reading ("support for people who can't read English").
const HELPED_BEFORE = new Set(['for', 'help', 'helping', 'support', 'to', 'with']);
const PAST_PARTICIPLE_EXTRA = new Set(['been', 'read', 'done', 'gone', 'come', 'seen', 'known', 'got', 'made', 'left', 'paid', 'sent', 'kept', 'taken', 'given', 'bothered']);

function phraseOf(ctx: Context, m: CueMatch): string {
  return ctx.words.tokens.slice(m.first, m.last).map((t) => t.norm).join(' ');
}

/** A sentence mentions the reader ("you", "your"). */
function hasReader(ctx: Context, s: SentenceView): boolean {
  return cuesIn(ctx, 'reader.you', s.index).length > 0;
}

/** Condescension: telling the reader to read or research, "most people manage", "if you'd arrived earlier", "as we've explained", "sweetie". */
export function condescension(ctx: Context): Span[] {
  return ctx.memo('tone:condescension', () => {
    const out: Span[] = [];
    const tokens = ctx.words.tokens;
    const reply = ctx.replyTo.trim() !== '';
    const addressed = reply || ctx.cues('reader.you').length > 0 || tokens.some((t) => t.kind === 'mention');
    for (const s of sentencesOf(ctx.words)) {
      const hasUrl = tokens.slice(s.first, s.last).some((t) => t.kind === 'url');
      const reproach = cuesIn(ctx, 'tone.reproach', s.index);
      const strongReproach = reproach.filter((m) => !['first', 'the whole'].includes(phraseOf(ctx, m)));
      const soft = cuesIn(ctx, 'tone.soft-suggest', s.index);
      const acts = cuesIn(ctx, 'tone.speech-act', s.index);
      for (const m of cuesIn(ctx, 'tone.study', s.index)) {
        // "before tweeting", "before you spout": reading is set against the complaint itself.
        const beforeAct = acts.find((a) => a.first > 0 && tokens.slice(Math.max(s.first, a.first - 2), a.first).some((t) => t.norm === 'before'));
        const softBefore = soft.find((x) => x.last <= m.first);
        if (beforeAct) out.push(span(softBefore ?? m, beforeAct));
        else if (strongReproach.length) out.push(span(softBefore ?? m, strongReproach[strongReproach.length - 1]!.end > m.end ? strongReproach[strongReproach.length - 1]! : m));
        else if (!hasUrl && softBefore && (reply || hasReader(ctx, s))) out.push(span(softBefore ?? m, reproach[0] && reproach[0].end > m.end ? reproach[0] : m));
      }
      // "Plenty of people manage to file on time": others' competence held up to the person answered.
      if (reply) {
        const others = cuesIn(ctx, 'tone.others', s.index);
        const manage = cuesIn(ctx, 'tone.manage', s.index);
        if (others.length && manage.length) out.push(span(others[0]!, manage[manage.length - 1]!.end > others[0]!.end ? manage[manage.length - 1]! : others[0]!));
      }
      // "If you'd arrived earlier you wouldn't have had a problem": blame in the conditional.
      for (let k = s.first; k + 2 < s.last; k++) {
        if (tokens[k]!.norm !== 'if') continue;
        const a = tokens[k + 1]!;
        const b = tokens[k + 2]!;
        const perfect = a.norm === "you'd" || (a.norm === 'you' && b.norm === 'had');
        const verb = a.norm === "you'd" ? b : tokens[k + 3];
        if (!perfect || !verb || !(verb.norm.endsWith('ed') || PAST_PARTICIPLE_EXTRA.has(verb.norm))) continue;
        const consequence = tokens.slice(k + 3, s.last).find((t) => ["you'd", 'wouldn\'t', 'would'].includes(t.norm));
        if (consequence) out.push(span(tokens[k]!, consequence));
      }
      for (const m of cuesIn(ctx, 'tone.repetition', s.index)) out.push(m);
      // "With respect, Sarah, your party had five years...", "Carla, with respect, ...", "Respectfully, your dog would...":
      // a courtesy set before a rebuttal, to someone answered, is icy rather than polite ("with respect to the Minister" is a topic).
      if (addressed) {
        const w = firstWordOf(tokens, s);
        for (const m of cuesIn(ctx, 'tone.polite-preface', s.index)) {
          const vocative = m.first === w + 2 && tokens[w + 1]!.text === ',' && /^\p{Lu}/u.test(tokens[w]!.text);
          const after = tokens[m.last];
          if ((m.first === w || vocative) && after && (after.text === ',' || /^\p{Lu}/u.test(after.text))) out.push(m);
        }
      }
      // "let's try once more, nice and slowly", "explained in smaller words": the reader treated as slow.
      for (const m of cuesIn(ctx, 'tone.simplify', s.index)) out.push(m);
      // "let's try once more, slowly:", "(slowly, for those at the back)": the manner set off on its own, as an aside on the reader.
      for (let k = s.first + 1; k < s.last; k++) {
        if (tokens[k]!.norm === 'slowly' && ASIDE_OPEN.test(tokens[k - 1]!.text) && (k + 1 === s.last || tokens[k + 1]!.kind === 'punct')) out.push(tokens[k]!);
      }
      // "Some of us actually work for a living": the speaker's diligence set against the person's.
      for (const m of cuesIn(ctx, 'tone.self-contrast', s.index)) out.push(m);
      if (reply) {
        // "Anyone who missed it wasn't paying attention": inattention pinned on the person answered (not "we weren't listening").
        for (const m of cuesIn(ctx, 'tone.inattention', s.index)) if (!FIRST_PERSON.has(tokens[m.first - 1]?.norm ?? '')) out.push(m);
        // "We know reading is hard": a basic skill called hard, said to the person answered.
        for (const m of cuesIn(ctx, 'tone.basic-skill', s.index)) {
          const a = tokens[m.last]?.norm;
          const b = tokens[m.last + 1]?.norm ?? '';
          const c = tokens[m.last + 2]?.norm ?? '';
          const hard = a === 'is' ? (HARD.has(b) ? m.last + 1 : -1) : a === 'can' && b === 'be' && HARD.has(c) ? m.last + 2 : -1;
          if (hard >= 0) out.push(span(m, tokens[hard]!));
        }
      }
      // "It's quite simple really.", "It's not hard.": a sentence that only says how easy it is, to someone who found it hard.
      const said = wordsIn(ctx.words, s).join(' ');
      if ((reply && SIMPLE_CLAIM.test(said)) || ((reply || ctx.account === 'official') && NOT_HARD_CLAIM.test(said))) out.push(span(tokens[firstWordOf(tokens, s)]!, tokens[lastWordOf(tokens, s)]!));
      // "Bless.", "Aw, someone's jealous", "..., sweetie.": a diminutive that opens or closes a sentence.
      for (const m of cuesIn(ctx, 'tone.diminutive', s.index)) {
        const opens = m.first === firstWordOf(tokens, s);
        const closes = !tokens.slice(m.last, s.last).some((t) => t.kind === 'word');
        // "Bless you for asking" is warmth, not a pat on the head.
        if ((opens || closes) && !(phraseOf(ctx, m) === 'bless' && tokens[m.last]?.norm === 'you')) out.push(m);
      }
    }
    return out;
  });
}

/** "Message me your NI number and I'll look you up": a look-up the person is invited to ask for, earlier in the sentence, is a (wrong) service, not menace. */
function invited(ctx: Context, sentence: number, before: number): boolean {
  // Matches are in order, so the first says whether any ends in time.
  const first = cuesIn(ctx, 'engagement.invite-me', sentence)[0];
  return first !== undefined && first.last <= before;
}

/** Veiled threats: knowing who the reader is or holding records on them, and warnings to think carefully. */
export function veiledThreats(ctx: Context): Span[] {
  return ctx.memo('tone:veiled-threats', () => {
    const out: Span[] = [];
    const tokens = ctx.words.tokens;
    const surveil = ctx.cues('tone.surveil');
    const warnings = ctx.cues('tone.warning');
    const wink = tokens.some((t) => t.kind === 'emoji' && LAUGH_OR_WINK.test(t.text));
    const reply = ctx.replyTo.trim() !== '';
    for (const m of surveil) {
      const s = sentencesOf(ctx.words)[tokens[m.first]!.sentence]!;
      // "Thank you team, you know who you are" is warmth: a threat is not said in a sentence of thanks.
      if (evaluate(tokens, s.first, s.last).min >= 0 && evaluate(tokens, s.first, s.last).max >= 2) continue;
      // "we'll find out where your application is", "I'll find out who's responsible for that culvert": an inquiry made for
      // the person, unless what is found out is them ("find out where you live").
      const wh = tokens[m.last];
      if (phraseOf(ctx, m).endsWith('find out') && wh && WH.has(wh.norm) && !YOU_FORMS.has(tokens[m.last + 1]?.norm ?? '')) continue;
      if (invited(ctx, s.index, m.first)) continue;
      if (reply || hasReader(ctx, s) || warnings.length || wink) out.push(m);
    }
    for (const m of warnings) {
      const p = phraseOf(ctx, m);
      // "Would be a shame if your requests started taking 20 days, wouldn't it": harm to what is the reader's, not "a shame if you missed out".
      if (CONDITIONAL_HARM.has(p)) {
        const s = sentencesOf(ctx.words)[tokens[m.first]!.sentence]!;
        const words = wordsIn(ctx.words, s);
        const tagged = /^(?:wouldn't|isn't|won't)$/.test(words[words.length - 2] ?? '') && words[words.length - 1] === 'it';
        if (tokens.slice(m.last, m.last + 2).some((t) => t.norm === 'your') || tagged) out.push(m);
        continue;
      }
      const weak = WEAK_WARNINGS.has(p);
      if (!weak || surveil.length || warnings.length > 1) out.push(m);
    }
    // "I'd think carefully ... while your contract is up for renewal", "we'll remember it next time he asks": caution or
    // memory beside something the person will need from us, said to them (a reply, a wink, a handle).
    const leverage = ctx.cues('tone.leverage');
    if (leverage.length && (reply || wink || tokens.some((t) => t.kind === 'mention'))) {
      const sentences = sentencesOf(ctx.words);
      for (const m of leverage) {
        const at = tokens[m.first]!.sentence;
        const near = [at - 1, at, at + 1].filter((i) => i >= 0 && i < sentences.length).flatMap((i) => [...cuesIn(ctx, 'tone.caution', i), ...cuesIn(ctx, 'tone.warning', i)]);
        // The engine keeps one of any hits that overlap, so a caution near two needs is reported once.
        if (near.length) out.push(m, ...near);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** Mockery and sarcasm: sarcastic frames, echo questions ("Queues? What queues?"), contempt for a group of the public, scare-quoted "customers". */
export function mockery(ctx: Context): Span[] {
  return ctx.memo('tone:mockery', () => {
    const out: Span[] = [];
    const tokens = ctx.words.tokens;
    const sentences = sentencesOf(ctx.words);
    const groupNear = (s: SentenceView) =>
      [s.index - 1, s.index, s.index + 1].some((i) => i >= 0 && i < sentences.length && cuesIn(ctx, 'tone.public-group', i).length > 0);
    const badNear = (s: SentenceView) =>
      [s.index - 1, s.index, s.index + 1].some((i) => {
        const v = sentences[i];
        const plight = cueTokens(ctx, 'tone.plight');
        return !!v && (evaluate(tokens, v.first, v.last, (k) => plight.has(k)).min <= -2 || tokens.slice(v.first, v.last).some((t) => t.kind === 'emoji' && (MOCKING_EMOJI.test(t.text) || LAUGH_OR_WINK.test(t.text))));
      });
    const aimedNear = (s: SentenceView) =>
      [s.index - 1, s.index, s.index + 1].some((i) => {
        const v = sentences[i];
        return !!v && (AIMED.some((tag) => cuesIn(ctx, tag, i).length > 0) || tokens.slice(v.first, v.last).some((t) => t.kind === 'mention'));
      });
    // "As we announced. Twice.", "We've answered this. Repeatedly.": the speaker's own telling, counted in the next sentence.
    const toldBefore = (v: SentenceView) => {
      for (let k = v.first + 1; k < v.last; k++) {
        if (!TELLING.test(tokens[k]!.norm)) continue;
        const a = tokens[k - 1]!.norm;
        if (TELLERS.has(a) || (k - 2 >= v.first && a === 'already' && TELLERS.has(tokens[k - 2]!.norm))) return true;
      }
      return false;
    };
    // The last sentence that was nothing but exasperation ("Again."), so "Every year." after it counts too.
    let exasperated = -1;
    for (const s of sentences) {
      const first = firstWordOf(tokens, s);
      for (const m of cuesIn(ctx, 'tone.sarcasm-frame', s.index)) {
        const p = phraseOf(ctx, m);
        if (OPENING_FRAMES.has(p) && m.first !== first) continue;
        if (PEOPLE_FRAMES.has(p) && !groupNear(s)) continue;
        // "Never change." after a dig at "the 4,000 people who…", "We'd expect nothing less." of a named journalist: aimed at someone.
        if (SINCERE_TOO.has(p) && !badNear(s) && (p.startsWith('funny') || !aimedNear(s))) continue;
        out.push(m);
      }
      // "Nine whole weeks?": a number made much of, as a question.
      const last = tokens[s.last - 1];
      if (last?.text.startsWith('?')) {
        for (let k = s.first; k + 1 < s.last; k++) {
          if (tokens[k]!.norm === 'whole' && (tokens[k - 1]?.kind === 'number' || /^(?:two|three|four|five|six|seven|eight|nine|ten|twelve)$/.test(tokens[k - 1]?.norm ?? ''))) out.push(span(tokens[k - 1]!, tokens[k + 1]!));
        }
        // "Queues at Heathrow? What queues?": the next sentence asks "What" of a word just used.
        const next = sentences[s.index + 1];
        if (next && tokens[next.first]?.norm === 'what' && next.last - next.first <= 4) {
          const echoed = tokens[next.first + 1];
          if (echoed && tokens.slice(s.first, s.last).some((t) => t.kind === 'word' && t.norm === echoed.norm)) out.push(span(tokens[next.first]!, tokens[next.last - 1]!));
        }
      }
      // "Some of our critics seem to think it's easy": a mistaken belief imputed to the people aimed at.
      const aimedHere = AIMED.some((tag) => cuesIn(ctx, tag, s.index).length > 0) || tokens.slice(s.first, s.last).some((t) => t.kind === 'mention');
      if (aimedHere) out.push(...cuesIn(ctx, 'tone.imputed-belief', s.index));
      // "pass it on to the people who actually plan railways": others' competence implied to be the person's lack.
      if (ctx.replyTo.trim() || hasReader(ctx, s)) out.push(...cuesIn(ctx, 'tone.actual-doers', s.index));
      // "Happy to send her a calculator": a child's aid offered to someone, as a jibe at their competence.
      for (const m of cuesIn(ctx, 'tone.mock-aid', s.index)) {
        const from = Math.max(s.first, m.first - 4);
        const verb = tokens.slice(from, m.first).findIndex((t) => OFFER_VERBS.has(t.norm));
        const to = tokens.slice(from, m.first).some((t) => OFFER_TO.has(t.norm));
        if (verb >= 0 && to && tokens[m.last]?.norm !== 'of') out.push(span(tokens[from + verb]!, m));
      }
      // "so many of you 'discovering' the deadline": the reader's own action in scare quotes.
      let groupEnds: Set<number> | undefined;
      for (let k = s.first + 1; k + 2 < s.last; k++) {
        if (!QUOTE_MARKS.has(tokens[k]!.text) || !QUOTE_MARKS.has(tokens[k + 2]!.text)) continue;
        const w = tokens[k + 1]!;
        if (w.kind !== 'word' || !/^\p{Ll}+(?:ing|ed)$/u.test(w.text)) continue;
        groupEnds ??= new Set(cuesIn(ctx, 'tone.public-group', s.index).map((g) => g.last));
        if (tokens[k - 1]!.norm === 'you' || groupEnds.has(k)) out.push(span(tokens[k]!, tokens[k + 2]!));
      }
      // "... at 11pm on the last day. Again. Every year.": a sentence of nothing but exasperation after one aimed at people.
      const ws = wordsIn(ctx.words, s);
      const prev = sentences[s.index - 1];
      if (prev && ws.length > 0 && ws.length <= 3 && (exasperated === prev.index || hasReader(ctx, prev) || toldBefore(prev) || AIMED.some((tag) => cuesIn(ctx, tag, prev.index).length > 0))) {
        const covered = new Set<number>();
        for (const d of cuesIn(ctx, 'tone.derision', s.index)) for (let k = d.first; k < d.last; k++) covered.add(k);
        let all = true;
        for (let k = s.first; k < s.last && all; k++) all = tokens[k]!.kind !== 'word' || covered.has(k);
        if (all) {
          out.push(span(tokens[firstWordOf(tokens, s)]!, tokens[lastWordOf(tokens, s)]!));
          exasperated = s.index;
        }
      }
      // "... Just saying.", "Just an observation 🙂": a disclaimer closing an official post makes what went before a dig.
      if (ctx.account === 'official' && s.index > 0) {
        for (const m of cuesIn(ctx, 'tone.disclaimer', s.index)) {
          if (m.first === firstWordOf(tokens, s) && m.last - 1 === lastWordOf(tokens, s)) out.push(m);
        }
      }
      // "people who can't read a letter", "half of them clearly can't read": a group of the public held unable to do the basics.
      for (const m of cuesIn(ctx, 'tone.incapacity', s.index)) {
        const group = [...cuesIn(ctx, 'tone.public-group', s.index), ...cuesIn(ctx, 'tone.vague-group', s.index)].find((g) => g.last <= m.first && g.last + 2 >= m.first);
        if (group && !HELPED_BEFORE.has(tokens[group.first - 1]?.norm ?? '')) out.push(span(group, m));
      }
      // Contempt for people the service deals with: "claimants moaning", "entitled 'customers'", "some people never learn".
      const contempt = cuesIn(ctx, 'tone.contempt', s.index);
      if (contempt.length && (groupNear(s) || (ctx.replyTo.trim() && hasReader(ctx, s)))) out.push(...contempt);
      // A group noun in scare quotes ("our 'customers'").
      for (let k = s.first + 1; k + 1 < s.last; k++) {
        if (QUOTE_MARKS.has(tokens[k - 1]!.text) && QUOTE_MARKS.has(tokens[k + 1]!.text) && cuesIn(ctx, 'tone.public-group', s.index).some((m) => m.first === k && m.last === k + 1)) out.push(span(tokens[k - 1]!, tokens[k + 1]!));
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

// Who an eye-roll or a clown can be aimed at on one's own account: politicians, senior colleagues, critics, the public served.
const EMOJI_BUTTS = ['politics.politician', 'tone.staff', 'tone.critic', 'tone.service-user'];
// A shrug, a smirk or a yawn is resignation or a knowing hint ("You heard it here first 😏"), not a butt's mockery.
const KNOWING_EMOJI = /^(?:🤷|😏|🥱)/u;

/**
 * Mocking emoji aimed at someone: in a sentence, or just after one, that names a politician, a colleague, a critic or
 * the public a service deals with ("The Chancellor couldn't find a corner with a map 🤡", "parents lose every brain cell... 🙃").
 */
export function aimedMockingEmoji(ctx: Context): Token[] {
  return ctx.memo('tone:aimed-mocking-emoji', () => {
    return mockingEmoji(ctx).filter((t) => !KNOWING_EMOJI.test(t.text) && [t.sentence, t.sentence - 1].some((i) => i >= 0 && EMOJI_BUTTS.some((tag) => cuesIn(ctx, tag, i).length > 0)));
  });
}

/** Mocking emoji (eye-roll, facepalm, clown), which the sarcasm rule weighs by account and target. */
export function mockingEmoji(ctx: Context): Token[] {
  return ctx.memo('tone:mocking-emoji', () => ctx.words.tokens.filter((t) => t.kind === 'emoji' && MOCKING_EMOJI.test(t.text)));
}

/** Hype: a superlative with a boastful scope ("fastest on the planet"), or a failure spun as a success. */
export function hypeClaims(ctx: Context): Span[] {
  return ctx.memo('tone:hype-claims', () => {
    const out: Span[] = [];
    for (const s of sentencesOf(ctx.words)) {
      const sup = cuesIn(ctx, 'tone.superlative', s.index);
      const scope = cuesIn(ctx, 'tone.superlative-scope', s.index);
      if (sup.length && scope.length) out.push(span(sup[0]!.start < scope[0]!.start ? sup[0]! : scope[0]!, sup[0]!.end > scope[scope.length - 1]!.end ? sup[0]! : scope[scope.length - 1]!));
    }
    // "after his breakdown": a failure owned by a person is their plight, not a service's failure to spin.
    const tokens = ctx.words.tokens;
    if (ctx.cues('tone.failure').some((m) => !PERSONAL_OWNER.has(tokens[m.first - 1]?.norm ?? ''))) out.push(...ctx.cues('tone.spin'));
    return out.sort((a, b) => a.start - b.start);
  });
}

/**
 * Reproach of the person answered: hindsight ("you should have applied earlier", "you'd have known"), a knowing
 * adverb ("you clearly haven't..."), a lapse pinned on them ("you didn't read the letter"), or a one-word dismissal
 * ("No.") opening a reply.
 */
export function reproach(ctx: Context): Span[] {
  return ctx.memo('tone:reproach', () => {
    const out: Span[] = [];
    const tokens = ctx.words.tokens;
    if (!ctx.replyTo.trim()) return out;
    const readerAt = (k: number) => ['you', "you've", "you'd", "you're"].includes(tokens[k]?.norm ?? '');
    const expected = new Set(ctx.cues('tone.expected-event').map((m) => m.first));
    for (const m of ctx.cues('tone.hindsight')) {
      const own = readerAt(m.first);
      const before = own || readerAt(m.first - 1);
      const next = m.last;
      // "You should have received a letter" says what to expect, not what they did wrong.
      if (before && !expected.has(next) && !expected.has(next + 1)) out.push(span(tokens[own ? m.first : m.first - 1]!, m));
    }
    for (const m of [...ctx.cues('tone.knowing-adverb'), ...ctx.cues('tone.lapse-verb')]) {
      if (readerAt(m.first - 1) || (m.first > 0 && tokens[m.first]!.norm === 'did')) out.push(span(tokens[readerAt(m.first - 1) ? m.first - 1 : m.first]!, m));
    }
    // "Sorry you feel that way, but ... Perhaps yours just wasn't strong enough?": after the answer, a hedged question
    // from the department that turns the problem back on the person.
    if (ctx.account === 'official') {
      for (const s of sentencesOf(ctx.words).slice(1)) {
        const w = firstWordOf(tokens, s);
        const hedge = cuesFrom(ctx, 'tone.soft-suggest', w, w + 1)[0];
        let end = s.last - 1;
        while (end > s.first && tokens[end]!.kind === 'emoji') end--;
        if (hedge && hedge.first === w && tokens[end]!.text.startsWith('?')) out.push(span(hedge, tokens[lastWordOf(tokens, s)]!));
      }
    }
    const first = ctx.words.sentences[0];
    if (first) {
      const words: number[] = [];
      for (let k = first.first; k < first.last; k++) if (tokens[k]!.kind === 'word') words.push(k);
      const curt = words.length ? cuesFrom(ctx, 'tone.curt', words[0]!, words[0]! + 1).find((m) => words[words.length - 1] === m.last - 1) : undefined;
      if (curt && words.length <= 2 && ctx.words.sentences.length > 1) out.push(curt);
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/**
 * Watching the reader, by construction: a first-person or official watcher ("we", "our cameras"), a verb of seeing,
 * knowing or finding, and the reader or their identity as the object ("we see you", "our cameras will find you",
 * "I looked you up"). Said in a sentence of thanks or meeting ("we'll see you there!") it is warmth, and is left out.
 */
export function watching(ctx: Context): Span[] {
  return ctx.memo('tone:watching', () => {
    const out: Span[] = [];
    const tokens = ctx.words.tokens;
    const objects = ctx.cues('tone.identity-object');
    for (const w of ctx.cues('tone.watcher')) {
      const verb = cuesFrom(ctx, 'tone.perceive', w.last, w.last + 3).find((v) => tokens[v.first]!.sentence === tokens[w.first]!.sentence);
      if (!verb) continue;
      // "looked you up" carries its object inside the verb.
      const inVerb = tokens.slice(verb.first, verb.last).some((t) => t.norm === 'you');
      const object = inVerb ? verb : objects.find((o) => o.first >= verb.last && o.first <= verb.last + 1);
      if (!object) continue;
      const s = sentencesOf(ctx.words)[tokens[w.first]!.sentence]!;
      if (invited(ctx, s.index, w.first)) continue;
      const e = evaluate(tokens, s.first, s.last);
      // "We'll see you there", "we know you're busy": an object followed by more of a clause is not the reader watched.
      const after = tokens[object.last];
      const ends = !after || after.kind !== 'word' || ['again', 'now', 'soon', 'coming'].includes(after.norm);
      if (e.max >= 2 && e.min >= 0) continue;
      if (inVerb || ends || object.last - object.first > 1) out.push(span(w, object));
    }
    return out;
  });
}
