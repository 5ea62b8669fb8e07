// People's data: members of the public (and colleagues) named or described in a post, and the kinds of detail that together identify one of them.

import companyWords from '../data/company-words.json' with { type: 'json' };
import notNames from '../data/not-names.json' with { type: 'json' };
import streetTypes from '../data/street-types.json' with { type: 'json' };
import type { Context } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { trimEndOf } from '../text/terms.ts';

/** Who a mention is: a name (full, with a title, or carried over from the post replied to), a role, a colleague, or the person replied to. */
export type AnchorKind = 'named' | 'role' | 'colleague' | 'addressee';

/** Kinds of detail; one kind alone rarely identifies anyone, two or three together often do. */
export type DetailKind = 'place' | 'street' | 'age' | 'health' | 'justice' | 'immigration' | 'case' | 'money' | 'reference' | 'vehicle' | 'school' | 'work' | 'date' | 'family' | 'description' | 'security';

/** Details that are harmful on their own once a person is identifiable (special-category, case, financial). */
export const SENSITIVE: ReadonlySet<DetailKind> = new Set(['health', 'justice', 'immigration', 'case', 'reference', 'security']);
/** What can be about the person replied to: the post's own facts about their case, not a fee or an office. */
export const ABOUT_ADDRESSEE: ReadonlySet<DetailKind> = new Set(['health', 'case', 'reference', 'family', 'date', 'school', 'work', 'vehicle', 'age']);

export interface Mention<K> {
  kind: K;
  first: number;
  last: number;
  sentence: number;
}

export interface PeopleData {
  anchors: Mention<AnchorKind>[];
  details: Mention<DetailKind>[];
  /** The post says the person agreed to their story being shared. */
  consent: boolean;
}

const NOT_NAMES = new Set(notNames.terms);
const STREET = new Set(streetTypes.terms.map((t) => t.toLowerCase()));
// "Riverside Water", "FastFix Boilers'": the word that ends a trading name makes the pair a firm's.
const COMPANY = new Set(companyWords.terms);
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr']);
const GREETINGS = new Set(['hi', 'hello', 'dear', 'hey', 'morning', 'afternoon', 'thanks']);
const POSSESSIVES = new Set(['your', 'his', 'her', 'their', 'my', 'whose', 'our']);
// Case words that name a benefit someone can be "on".
const BENEFITS = new Set(['esa', 'pip', 'universal', 'benefit', 'benefits', 'housing', 'allowance', 'pension']);
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const AGE_UNIT = new Set(['years', 'year', 'months', 'month']);
// Words after "17-year-old" that are not the person ("…-year-old from Leeds", "…-year-olds").
const AGE_FOLLOWERS = new Set(['from', 'and', 'or', 'in', 'at', 'who', 'was', 'is', 'has', 'had', 'with', 'of', 'on', 'to', 'for', 'but', 'as', 'by', 'after', 'so', 'when', 'because', 'girls', 'boys', 'men', 'women', 'children', 'people']);
// Reader-addressed advice ("if you have a disability") is about anyone, not the person in the post.
const GENERIC_LEAD = new Set(['if', 'anyone', 'everyone', 'people', 'those', 'whether', 'when']);
const ARTICLES = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'every', 'any']);
const CONDITIONAL = new Set(['if', 'whether', 'unless', 'once']);
// Words after a capitalised pair that make it a place or body, not a person ("Brook Lane Primary", "Kirkby Jobcentre").
const PLACE_OR_BODY = /^(?:summit|conference|expo|festival|awards|forum|primary|academy|school|college|jobcentre|council|court|hospital|surgery|centre|hotel|ltd|plc|homes|trust|services|estate|flats|station|road|street|lane|library|museum|park|hall|church|clinic|pharmacy|hub|market|square)$/;

export const isCapitalised = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && /^\p{Lu}[\p{Ll}'’-]/u.test(t.text) && !NOT_NAMES.has(t.text) && !NOT_NAMES.has(t.text.slice(0, t.stem.length));

// Streets known as institutions, not as where someone lives.
const WELL_KNOWN_STREETS = new Set(['downing', 'threadneedle', 'fleet', 'harley', 'baker', 'oxford', 'regent', 'bond', 'carnaby', 'coronation']);

// "Offender management statistics", "visitor centre": the role word names a kind of service, not a person.
const COMPOUND_AFTER = new Set(['management', 'statistics', 'services', 'service', 'data', 'figures', 'support', 'scheme', 'programme', 'team', 'teams', 'unit', 'numbers', 'population', 'rates', 'rate', 'records', 'accommodation', 'centre', 'centres', 'charter', 'journey', 'experience', 'satisfaction', 'helpline', 'portal', 'account', 'accounts', 'advice', 'guidance', 'survey']);
// "As a mum of two who's lived here all my life", "I'm a dad": the writer describing themselves.
// "finishing as a team leader", "finished as a fraud team manager": a word or two may stand between the article and the role.
function selfDescribed(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  while (j > first - 3 && tokens[j] && tokens[j]!.kind === 'word' && !/^(?:a|an)$/.test(tokens[j]!.norm) && !/^\p{Lu}/u.test(tokens[j]!.text)) j--;
  const a = tokens[j];
  if (!a || !/^(?:a|an)$/.test(a.norm) || a.sentence !== tokens[first]!.sentence) return false;
  first = j + 1;
  const b = tokens[first - 2]?.norm ?? '';
  return b === 'as' || b === "i'm" || b === 'am' || (b === 'proud' && tokens[first - 3]?.norm === "i'm");
}

const PLURAL_IRREGULAR = new Set(['children', 'men', 'women', 'gentlemen', 'people', 'kids']);
function isPluralRole(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first]?.norm === 'one') return false;
  // The stem has lost a possessive ("patient's" → patient, "veterans'" → veterans); no role entry ends in s.
  const word = tokens[last - 1]?.stem ?? '';
  return PLURAL_IRREGULAR.has(word) || /[^s]s$/u.test(word);
}

/** The people and details in the post, computed once per check. */
export function peopleData(ctx: Context): PeopleData {
  return ctx.memo('people.data', () => {
    const { tokens } = ctx.words;
    const anchors: Mention<AnchorKind>[] = [];
    const details: Mention<DetailKind>[] = [];
    const at = (first: number, last: number) => ({ first, last, sentence: tokens[first]!.sentence });
    const reply = ctx.replyTo.trim() !== '';
    const replyNames = namesInReply(ctx);
    const genericFrom = genericStarts(ctx, reply);
    // A detail is general advice only after the word that makes it so: "my colleague Priya, signed off with depression… if you're reading this".
    const generic = (k: number) => k >= (genericFrom.get(tokens[k]!.sentence) ?? Infinity);

    // A role names one person only in the singular: "patients", "victims", "veterans'" are groups the service
    // talks to, and no one is identified by them ("one of my claimants" is singular again).
    for (const m of ctx.cues('people.role')) if (!isPluralRole(tokens, m.first, m.last) && !selfDescribed(tokens, m.first) && !COMPOUND_AFTER.has(tokens[m.last]?.norm ?? '')) anchors.push({ kind: 'role', ...at(m.first, m.last) });
    for (const m of ctx.cues('people.colleague')) if (!selfDescribed(tokens, m.first)) anchors.push({ kind: 'colleague', ...at(m.first, m.last) });
    // "the 19-year-old mechanic", "an 82-year-old lady": whoever an age is given to is one person.
    for (let k = 0; k + 5 < tokens.length; k++) {
      if (tokens[k]!.kind === 'number' && tokens[k + 2]?.norm === 'year' && tokens[k + 4]?.norm === 'old' && tokens[k + 1]?.text === '-' && tokens[k + 3]?.text === '-') {
        const noun = tokens[k + 5]!;
        if (noun.kind === 'word' && noun.sentence === tokens[k]!.sentence && !/^\p{Lu}/u.test(noun.text) && !AGE_FOLLOWERS.has(noun.norm)) anchors.push({ kind: 'role', ...at(k + 5, k + 6) });
      }
    }
    if (reply && tokens.length) anchors.push({ kind: 'addressee', ...at(0, 1) });
    // "Had a right one at the counter today. Retired headteacher, lives on…": whoever was met is the person described.
    for (const m of ctx.cues('people.encounter')) if (!anchors.some((a) => a.sentence === tokens[m.first]!.sentence)) anchors.push({ kind: 'role', ...at(m.first, m.last) });
    for (let k = 0; k < tokens.length; k++) {
      const n = nameAt(tokens, k, replyNames);
      if (n > k) {
        // "Hi Jess," in a reply greets the person replied to, and "Don't worry Sue, we'll…" speaks to them: neither names anyone new.
        const greeted = reply && (GREETINGS.has(tokens[k - 1]?.norm ?? '') || vocative(tokens, k, n));
        anchors.push({ kind: greeted ? 'addressee' : 'named', ...at(k, n) });
        k = n - 1;
      }
    }

    const cueKinds: Array<[string, DetailKind]> = [
      ['people.health', 'health'], ['people.justice', 'justice'], ['people.immigration', 'immigration'], ['people.security', 'security'],
      ['people.work', 'work'], ['people.description', 'description'], ['people.vehicle', 'vehicle'], ['people.relation', 'family'],
    ];
    for (const [tag, kind] of cueKinds) {
      for (const m of ctx.cues(tag)) {
        if (generic(m.first) || inProperName(tokens, m.first, m.last) || ofAGroup(tokens, m.first) || anyOf(tokens, m.first)) continue;
        // "my mum", "our kids": the writer's own family says nothing about the person in the post.
        if (kind === 'family' && OWN.has(tokens[m.first - 1]?.norm ?? '')) continue;
        // "prison officers", "a cancer nurse": the word names a job or service, not someone's record.
        if (kind !== 'family' && JOB_AFTER.test(tokens[m.last]?.stem ?? '')) continue;
        details.push({ kind, ...at(m.first, m.last) });
      }
    }
    // A case only when it is someone's ("your claim", "his assessment", "Alfie's application", "your ex's order"), not "our claim line".
    for (const m of ctx.cues('people.case')) {
      const prev = tokens[m.first - 1];
      const owned = !!prev && ((POSSESSIVES.has(prev.norm) && prev.norm !== 'our') || (prev.stem !== prev.norm && prev.kind === 'word'));
      // "years on ESA", "she's on PIP": living on a benefit is a detail of the person's case.
      const onBenefit = prev?.norm === 'on' && BENEFITS.has(tokens[m.first]!.norm);
      if ((owned || onBenefit || /^(?:on|in|came)$/.test(tokens[m.first]!.norm)) && !generic(m.first)) details.push({ kind: 'case', ...at(m.first, m.last) });
    }
    for (const m of ctx.cues('people.school')) {
      if (isCapitalised(tokens[m.first - 1]) || /^year$|uniforms/.test(tokens[m.first]!.norm)) details.push({ kind: 'school', ...at(m.first, m.last) });
    }
    for (let k = 0; k < tokens.length; k++) {
      const kind = tokenDetail(tokens, k) ?? (generic(k) ? undefined : profileDetail(tokens, k));
      if (kind) details.push({ kind, ...at(k, k + 1) });
    }
    return { anchors, details, consent: ctx.cues('people.consent').length > 0 };
  });
}

const OWN = new Set(['my', 'our']);
/** "any medical conditions", "any convictions": whatever a form asks of anyone. */
function anyOf(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.norm === 'any' || (tokens[first - 2]?.norm === 'any' && tokens[first - 1]!.kind === 'word');
}
const JOB_AFTER = /^(?:officers?|staff|service|governor|nurses?|workers?|charity|welfare|sector|estate|teams?|unit)$/;
const VOCATIVE_BEFORE = new Set(['worry', 'sorry', 'thanks', 'cheers', 'congratulations', 'welcome']);

/** "Don't worry Sue, …", "…, Daniel.": a first name spoken to, between a clause edge and a comma or the sentence's end. */
function vocative(tokens: readonly Token[], k: number, n: number): boolean {
  const next = tokens[n];
  const prev = tokens[k - 1];
  const afterOk = !next || next.sentence !== tokens[k]!.sentence || next.text === ',' || next.text === '!' || next.text === '.';
  const beforeOk = !prev || prev.sentence !== tokens[k]!.sentence || prev.text === ',' || VOCATIVE_BEFORE.has(prev.norm);
  return n - k === 1 && afterOk && beforeOk;
}

/** "patients with diabetes", "families affected by dementia", "people living with HIV": a condition of a group, not of the person named. */
function ofAGroup(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.norm === 'by' && tokens[k - 1]?.norm === 'affected') k -= 2;
  else if (tokens[k]?.norm === 'with') {
    k--;
    if (tokens[k]?.norm === 'living' || tokens[k]?.norm === 'diagnosed') k--;
  } else return false;
  const noun = tokens[k];
  // "who lives with diabetes": a verb after "who" or a pronoun, about one person.
  if (/^(?:who|that|which|he|she|they|i|you|we)$/.test(tokens[k - 1]?.norm ?? '')) return false;
  return !!noun && noun.kind === 'word' && (PLURAL_IRREGULAR.has(noun.norm) || (/[^s]s$/u.test(noun.norm) && noun.stem === noun.norm));
}

/** Index one past a person's name starting at k, or k when there is none. */
function nameAt(tokens: readonly Token[], k: number, replyNames: ReadonlySet<string>): number {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  // "Mr Pritchard", "Mrs H", "Mr Y. Tesfaye".
  if (t.kind === 'word' && HONORIFICS.has(t.text)) {
    let j = k + 1;
    if (tokens[j]?.text === '.') j++;
    if (tokens[j]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j]!.text)) {
      j++;
      if (tokens[j]?.text === '.' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) j += 2;
      return j;
    }
    return k;
  }
  if (!isCapitalised(t)) return k;
  const prev = tokens[k - 1];
  // "Hi Karen", a name carried over from the post replied to ("Chloe's epilepsy").
  if ((prev && GREETINGS.has(prev.norm) && prev.sentence === t.sentence) || replyNames.has(t.stem)) return isCapitalised(next) && next.sentence === t.sentence && next.start - t.end === 1 ? k + 2 : k + 1;
  // "Stephen Barker", not "Brook Lane Primary", "St Luke's" or "Energy Security Office".
  if (isCapitalised(next) && next.sentence === t.sentence && next.start - t.end === 1 && t.stem === t.norm && !STREET.has(t.stem)) {
    const after = tokens[k + 2];
    // "Fenbridge Library", "Kirkby Jobcentre": the second word makes the pair a place.
    if (STREET.has(next.stem) || PLACE_OR_BODY.test(next.stem) || COMPANY.has(next.stem) || (after && /^\p{Lu}/u.test(after.text) && after.start - next.end === 1) || (after && PLACE_OR_BODY.test(after.norm))) return k;
    if (prev && /^\p{Lu}/u.test(prev.text) && prev.kind === 'word' && prev.end + 1 === t.start) return k;
    // "the Hollin Brook outfall", "a Darth Vader mask": a name after an article is a thing's.
    if (prev && ARTICLES.has(prev.norm)) return k;
    return k + 2;
  }
  // "Darren from Marsh Road", "Kai from Thornley Close": a first name placed at a street.
  if (next?.norm === 'from' && t.stem === t.norm && isCapitalised(tokens[k + 2]) && (STREET.has(tokens[k + 3]?.stem ?? '') || STREET.has(tokens[k + 4]?.stem ?? '')) && !(prev && /^\p{Lu}/u.test(prev.text) && prev.kind === 'word' && prev.sentence === t.sentence)) return k + 1;
  // "Jordan (19, …", "Priya, 34,".
  const age = tokens[k + 2];
  if (next && (next.text === '(' || next.text === ',') && age?.kind === 'number' && Number(age.norm) < 110 && /^[,)]$/.test(tokens[k + 3]?.text ?? '')) return k + 1;
  return k;
}

/** The detail a single token gives: an age, a sum of money, a date, a place, a reference or a number plate. */
function tokenDetail(tokens: readonly Token[], k: number): DetailKind | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.kind === 'number') {
    const n = Number(t.norm);
    if (prev && prev.kind === 'punct' && /[£$€]$/.test(prev.text) && prev.end === t.start) return 'money';
    // "17-year-old", "87,", "(78,", "in her 80s", "aged 52", "4 months old".
    const unit = next?.text === '-' ? tokens[k + 2] : next;
    // Only an age when "old" follows ("52 years old", "17-year-old"): "every 3 years", "for 14 months" are durations.
    const u = next?.text === '-' ? k + 2 : k + 1;
    const old = tokens[u + 1]?.norm === 'old' || (tokens[u + 1]?.text === '-' && tokens[u + 2]?.norm === 'old');
    if (unit && AGE_UNIT.has(unit.norm) && n < 110 && old) return 'age';
    if (/^[1-9]0s$/.test(t.norm) && prev && /^(?:her|his|their)$/.test(prev.norm)) return 'age';
    if (prev?.norm === 'aged' || (prev?.norm === 'about' && n > 12 && n < 100 && next?.text === ',')) return 'age';
    if (n > 0 && n < 110 && Number.isInteger(n) && prev && (prev.text === '(' || prev.text === ',') && next && (next.text === ',' || next.text === ')') && tokens[k - 2]?.kind === 'word') return 'age';
    if (n > 0 && n < 110 && prev && /^(?:was|is)$/.test(prev.norm) && tokens[k - 2] && /^(?:he|she)$/.test(tokens[k - 2]!.norm) && (!next || next.kind === 'punct' || next.norm === 'and')) return 'age';
    if (n >= 1 && n <= 31 && next && MONTHS.test(next.norm)) return 'date';
    if (isReference(tokens, k)) return 'reference';
    // "14 Larch Way", "no.32".
    if (n > 0 && n < 1000 && isCapitalised(next) && STREET.has(tokens[k + 2]?.stem ?? '')) return 'street';
    return undefined;
  }
  if (t.kind !== 'word') return undefined;
  if (isPlate(tokens, k)) return 'vehicle';
  if (isReference(tokens, k)) return 'reference';
  // "Orchard Close", "the Elmhurst estate", "from Crewe", "in Little Haddon".
  if (STREET.has(t.stem) && /^\p{Lu}/u.test(t.text) && isCapitalised(prev) && prev.sentence === t.sentence) {
    // "Orchard Way" narrows a person to a few dozen doors; "Elm Road Surgery", "Mill Lane Primary" and Downing Street are places anyone goes.
    const body = !!next && next.sentence === t.sentence && next.kind === 'word' && (PLACE_OR_BODY.test(next.norm) || /^\p{Lu}/u.test(next.text));
    return body || WELL_KNOWN_STREETS.has(prev.norm) ? 'place' : 'street';
  }
  if ((t.norm === 'estate' || t.norm === 'flats') && isCapitalised(prev)) return 'place';
  if ((t.norm === 'from' || t.norm === 'in') && isCapitalised(next) && next.sentence === t.sentence && !MONTHS.test(next.norm) && !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? 'x')) return 'place';
  return undefined;
}

const COLOURS = /^(?:red|blue|green|yellow|black|white|silver|grey|pink|purple)$/;
const CLOTHES = /^(?:coat|jacket|hoodie|hat|cap|dress|pram|tracksuit|scarf|fleece)s?$/;
const HOME_AT = /^(?:on|in|at|near|above|opposite|round|next|off|behind|over)$/;

/**
 * The details of a description of one person, as people are pointed out: where they live ("lives on…", "living above
 * the chippy"), what they drive ("drives a…", "red Corsa"), what they wore ("red coat"), an age in decades ("40s",
 * "late 60s") or a bare age set off as a list item ("52, out of work…").
 */
function profileDetail(tokens: readonly Token[], k: number): DetailKind | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const same = (u: Token | undefined): u is Token => !!u && u.sentence === t.sentence;
  if (t.kind === 'number') {
    const listed = (!same(prev) || prev.kind === 'emoji' || prev.text === ':' || prev.text === ',') && same(next) && (next.text === ',' || next.text === ')');
    if (/^[1-9]0s$/.test(t.norm) && (listed || /^(?:mid|late|early)$/.test(prev?.norm ?? ''))) return 'age';
    const n = Number(t.norm);
    if (listed && Number.isInteger(n) && n >= 16 && n < 100 && (!same(prev) || prev.kind === 'emoji')) return 'age';
    return undefined;
  }
  if (t.kind !== 'word') return undefined;
  if (!same(next) || next.kind !== 'word') return undefined;
  if (/^liv(?:es|ing|ed)$/.test(t.norm) && HOME_AT.test(next.norm)) return 'place';
  if (t.norm === 'drives') return 'vehicle';
  // "red coat"; "a red Corsa", "that yellow Fiat 500": a colour before a garment, or before a capitalised make.
  if (COLOURS.test(t.text)) return CLOTHES.test(next.norm) ? 'description' : /^\p{Lu}\p{Ll}/u.test(next.text) ? 'vehicle' : undefined;
  return undefined;
}

/** "Disability Benefits Office", "Child Maintenance Service": a detail word inside an institution's name. */
function inProperName(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (!/^\p{Lu}/u.test(t.text) || t.sentence !== tokens[first - 1]?.sentence) return false;
  const next = tokens[last];
  const prev = tokens[first - 1];
  return (!!next && /^\p{Lu}/u.test(next.text) && next.kind === 'word') || (!!prev && /^\p{Lu}/u.test(prev.text) && prev.kind === 'word');
}

/** A case or claim reference: letters and at least four digits run together ("CMO-448120", "T1109882", "WSP-6621-K"). */
function isReference(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (prev && prev.end === t.start && prev.kind !== 'punct') return false;
  // Cheap test first: a reference starts with capitals or digits and has digits in it or right after a hyphen.
  const next = tokens[k + 1];
  const c = t.text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  if (!hasDigit(t.text) && !(next && next.start === t.end && next.text === '-')) return false;
  let text = '';
  let j = k;
  while (j < tokens.length && j - k < 7) {
    const u = tokens[j]!;
    if (j > k && u.start !== tokens[j - 1]!.end) break;
    if (u.kind === 'punct' && u.text !== '-' && u.text !== '/') break;
    text += u.text;
    j++;
  }
  text = trimEndOf(text, '-/');
  let digits = 0;
  let groups = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d >= 48 && d <= 57) digits++;
    else if (d === 45 || d === 47) groups++;
  }
  return (digits >= 5 || (digits >= 4 && groups >= 2)) && /[A-Z]/.test(text) && text.length >= 6 && !/[a-z]{3}/.test(text);
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d >= 48 && d <= 57) return true;
  }
  return false;
}

/** A current-format number plate ("KP19 XRT"): two letters, an age identifier, three letters. */
function isPlate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const m = /^[A-HJ-PR-Y]{2}(\d{2})$/.exec(t.text);
  if (!m) return false;
  const age = Number(m[1]);
  const next = tokens[k + 1];
  return ((age >= 2 && age <= 29) || (age >= 51 && age <= 79)) && !!next && /^[A-HJ-PR-Z]{3}$/.test(next.text) && next.start - t.end === 1;
}

// Capitalised words placed as a person's name in the post replied to: after a relation ("my daughter Chloe"), a greeting, or signed off at the end.
const NAMING = new Set(['son', 'daughter', 'nan', 'mum', 'dad', 'wife', 'husband', 'partner', 'ex', 'boy', 'girl', 'child', 'grandson', 'granddaughter', 'neighbour', 'constituent', 'hi', 'mr', 'mrs', 'ms', 'miss', 'dr']);
function namesInReply(ctx: Context): Set<string> {
  const out = new Set<string>();
  const { tokens } = ctx.replyWords;
  tokens.forEach((t, k) => {
    if (!isCapitalised(t)) return;
    const prev = tokens[k - 1];
    const signed = !!prev && (/^[—–-]$/.test(prev.text) || (isCapitalised(prev) && /^[—–-]$/.test(tokens[k - 2]?.text ?? '')));
    const last = k >= tokens.length - 3 && tokens.slice(k + 1).every((u) => u.kind !== 'word' || isCapitalised(u));
    if ((prev && NAMING.has(prev.stem)) || signed || (last && prev && prev.kind === 'punct')) out.add(t.stem);
  });
  return out;
}

/** Where general advice to the reader ("if you have a disability…") starts in each sentence: details from there on belong to no one in particular. */
function genericStarts(ctx: Context, reply: boolean): Map<number, number> {
  const out = new Map<number, number>();
  const { tokens } = ctx.words;
  const mark = (k: number) => {
    const s = tokens[k]!.sentence;
    if (!((out.get(s) ?? Infinity) <= k)) out.set(s, sentenceStart(ctx, s, k));
  };
  for (let k = 0; k < tokens.length; k++) if (CONDITIONAL.has(tokens[k]!.norm)) mark(k);
  if (reply) return out;
  for (const m of ctx.cues('reader.you')) {
    const prev = tokens[m.first - 1];
    if (!prev || GENERIC_LEAD.has(prev.norm) || tokens[m.first]!.norm === 'you') mark(m.first);
  }
  for (let k = 0; k < tokens.length; k++) if (GENERIC_LEAD.has(tokens[k]!.norm) && tokens[k]!.norm !== 'when') mark(k);
  return out;
}

/** A general lead at the head of its clause covers the whole sentence ("Anyone with diabetes, …"); later, only what follows. */
function sentenceStart(ctx: Context, s: number, k: number): number {
  const first = ctx.words.sentences[s]!.first;
  return k - first <= 1 ? first : k;
}
