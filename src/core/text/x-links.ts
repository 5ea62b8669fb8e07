// Finds what X counts as a link in a post (each weighs 23): http(s) URLs, www. addresses and bare domains such as gov.uk.

import tldList from '../data/x-link-tlds.json' with { type: 'json' };

export interface Span {
  start: number;
  end: number;
}

interface TopLevel {
  /** Which label is the top-level domain. */
  index: number;
  /** How much of that label it is ("gov.ukを" is gov.uk). */
  length: number;
}

const KNOWN_TLDS = new Set(tldList.terms);
/** X refuses longer links, and DNS labels longer than 63 characters. */
const MAX_LINK_LENGTH = 4096;
const MAX_LABEL_LENGTH = 63;
/** A t.co link keeps only its slug (X does not extend it with a path), and a slug this long is not one. */
const MAX_TCO_SLUG = 40;
/** X's length limit assumes this scheme for a link typed without one. */
const ASSUMED_SCHEME = 'https://';

const LATIN_ACCENTS = String.raw`\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff`;
// A domain label in X's sense: anything but ASCII punctuation (X lets " and ` through) and controls, spaces, direction
// marks and X's invalid characters (https://bücher.de, https://пример.рф); '-' and '_' only inside it.
const LABEL = String.raw`[^\0-\x21\x23-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x7b-\x7f\x85\xa0\u061c\u1680\u180e\u2000-\u200a\u200e\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff\ufffe\uffff]`;
// Without a scheme X links only the part in ASCII letters, digits, '-', '_' and Latin accents: "日本gov.uk" links gov.uk.
const BARE_LABEL = `[-_A-Za-z0-9${LATIN_ACCENTS}]`;
/**
 * Where a link may be: a scheme, or a dot between two bare-label characters (every bare domain has one). Searching for
 * these, not for whole links, keeps the search fast on prose; each is then read with a sticky pattern.
 */
const TRIGGER = new RegExp(`${BARE_LABEL}\\.${BARE_LABEL}|[hH][tT][tT][pP][sS]?:\\/\\/`, 'g');
// Labels with single dots between them (a domain needs one; the code checks): unambiguous, so linear from anywhere.
const SCHEME_DOMAIN = new RegExp(`${LABEL}(?:\\.?${LABEL})*`, 'y');
const BARE_RUN = new RegExp(`(?:\\.?${BARE_LABEL})+`, 'y');
const BARE_CHAR = new RegExp(BARE_LABEL);
const GLUED_SCHEME = /[hH][tT][tT][pP][sS]?$/;
/** What X's matcher walks over before it keeps a bare domain's ASCII part. */
const DOMAIN_CHAR = new RegExp(`${LABEL}|[-_.]`);
// X's matcher needs a character before a link that is not an ASCII letter or digit, @, $ or #.
const NOT_BEFORE_LINK = /[A-Za-z0-9@＠$#＃\ufeff\ufffe\uffff]/;
const LABEL_EDGE = /[-_.]/;

// Path and query characters as X reads them; a path or query never ends on punctuation such as . , ! or ).
const PATH_RUN = new RegExp(String.raw`[a-z\u0400-\u04ff0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&${LATIN_ACCENTS}]*`, 'iy');
const PATH_END = new RegExp(String.raw`[+\-a-z\u0400-\u04ff0-9=_#/${LATIN_ACCENTS}]`, 'i');
const QUERY_RUN = /[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]*/iy;
const QUERY_END = /[a-z0-9\-_&=#/]/i;
const PORT = /:[0-9]+/y;
const TCO_SLUG = /[a-z0-9]+/iy;
const TLD_PREFIX = /^(?:xn--[-0-9a-z]+|[a-z]+)/i;
// Top-level domains in other scripts (.рф, .中国) are letters and marks; only after a scheme, as our list has none.
const NON_ASCII_TLD = /^(?=[^\0-\x7f]+$)\p{L}[\p{L}\p{M}]*$/u;
// After a top-level domain: not a letter, digit, @, + or - (so gov.uk@x and gov.uk-x are not links).
const AFTER_TLD = /[0-9a-z@+-]/i;

/** Where the last bare candidate's run of domain characters started, so the next one need not walk back over it. */
interface RunCache {
  from: number;
  start: number;
}

/** What X's matcher makes of a candidate it matched: the link, if it keeps one, and where it reads on from. */
interface Outcome {
  link?: Span;
  resume: number;
}

/** The links in `text`, in order, as X finds them. */
export function findXLinks(text: string): Span[] {
  if (!text.includes('.')) return [];
  const out: Span[] = [];
  const cache: RunCache = { from: -1, start: -1 };
  // Where X's matcher reads on from after its last match.
  let floor = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let outcome: Outcome | undefined;
    let next: number;
    if (m[0].endsWith('//')) {
      // A scheme after anything but an ASCII letter or digit, @, $ or #, and a dotted run of labels.
      next = m.index + m[0].length;
      SCHEME_DOMAIN.lastIndex = next;
      // The character before is read by the matcher, so it may not be one it has read already.
      const allowed = m.index === 0 || (m.index > floor && !NOT_BEFORE_LINK.test(text[m.index - 1]!));
      const domain = allowed ? SCHEME_DOMAIN.exec(text) : null;
      if (domain?.[0].includes('.')) {
        next = SCHEME_DOMAIN.lastIndex;
        outcome = schemeLink(text, m.index, m[0], domain[0]);
      }
    } else {
      // A dotted run of bare labels, read from its start; if that lies before where the matcher reads on from, the
      // matcher cannot start inside it (and this walk back never passes that point, so the whole search stays linear).
      let start = m.index;
      while (start > floor && (BARE_CHAR.test(text[start - 1]!) || (text[start - 1] === '.' && BARE_CHAR.test(text[start - 2] ?? '')))) start--;
      const insideEarlierRun = start === floor && start > 0 && (BARE_CHAR.test(text[start - 1]!) || (text[start - 1] === '.' && BARE_CHAR.test(text[start - 2] ?? '')));
      BARE_RUN.lastIndex = insideEarlierRun ? m.index : start;
      const run = BARE_RUN.exec(text)!;
      next = BARE_RUN.lastIndex;
      if (!insideEarlierRun) outcome = bareLink(text, start, next, floor, cache);
      // A bare run that swallowed a scheme ("www.https://x.com"): X's matcher finds the link at the scheme.
      const scheme = outcome || !text.startsWith('://', next) ? null : GLUED_SCHEME.exec(run[0]);
      if (scheme && !NOT_BEFORE_LINK.test(text[next - scheme[0].length - 1] ?? '')) next -= scheme[0].length;
    }
    if (outcome) {
      if (outcome.link) out.push(outcome.link);
      // A match X rejects (too long, or after '.' or '/') is still read to its end, links in its path included.
      floor = next = outcome.resume;
    }
    TRIGGER.lastIndex = next;
  }
  return out;
}

function schemeLink(text: string, start: number, scheme: string, domain: string): Outcome | undefined {
  const domainStart = start + scheme.length;
  const labels = domain.split('.');
  const tld = topLevel(labels, text[domainStart + domain.length] ?? '', true);
  if (!tld) return undefined;
  const domainEnd = endOf(domainStart, labels, tld);
  const end = matchEnd(text, domainEnd);
  if (scheme.length + (end - start) > MAX_LINK_LENGTH) return { resume: end };
  TCO_SLUG.lastIndex = domainEnd + 1;
  if (text.slice(domainStart, domainEnd).toLowerCase() === 't.co' && text[domainEnd] === '/' && TCO_SLUG.test(text)) {
    // A t.co link keeps its slug and query only.
    const slugEnd = TCO_SLUG.lastIndex;
    if (slugEnd - domainEnd - 1 > MAX_TCO_SLUG) return { resume: end };
    return { link: { start, end: text[slugEnd] === '?' ? queryEnd(text, slugEnd) : slugEnd }, resume: end };
  }
  return { link: { start, end }, resume: end };
}

/**
 * A bare domain, as X's matcher finds it: it reads the whole run of domain characters in any script from where it
 * last stopped ("x.日gov.uk"), checks the character before that, and keeps the ASCII part (gov.uk), with its port, path
 * and query only if it has a path.
 */
function bareLink(text: string, runStart: number, runEnd: number, floor: number, cache: RunCache): Outcome | undefined {
  const afterRun = text[runEnd] ?? '';
  const from = Math.max(floor, domainRunStart(text, runStart, cache));
  const before = text[from - 1] ?? '';
  let matchStart = from;
  let rejected = false;
  // Where a character may not come before a link, or where the matcher has read it already (or at the start of the
  // text, where it tries this first), the match starts after the run's first other character; at the start of the
  // text, failing that, at the start.
  if (from === 0 ? !NOT_BEFORE_LINK.test(text[0]!) : from === floor || NOT_BEFORE_LINK.test(before)) {
    let k = from;
    while (k < runEnd && NOT_BEFORE_LINK.test(text[k]!)) k++;
    if (k < runEnd && topLevel(text.slice(k + 1, runEnd).split('.'), afterRun, false)) {
      matchStart = k + 1;
      rejected = LABEL_EDGE.test(text[k]!);
    } else if (from > 0) return undefined;
  } else rejected = before === '.' || before === '/';
  const labels = text.slice(matchStart, runEnd).split('.');
  const tld = topLevel(labels, afterRun, false);
  if (!tld) return undefined;
  const domainEnd = endOf(matchStart, labels, tld);
  const afterPort = portEnd(text, domainEnd);
  const end = matchEnd(text, domainEnd);
  if (rejected || ASSUMED_SCHEME.length + (end - matchStart) > MAX_LINK_LENGTH) return { resume: end };
  // The ASCII part: from the bare run (or the match, if later) to the top-level domain, after any '_' in it.
  const tldStart = domainEnd - tld.length;
  const start = Math.max(matchStart, runStart);
  const linkStart = start + text.slice(start, tldStart).lastIndexOf('_') + 1;
  if (linkStart >= tldStart - 1) return { resume: end };
  // Without a path X links the domain alone, but its matcher has read the port and query too.
  return { link: { start: linkStart, end: text[afterPort] === '/' ? end : domainEnd }, resume: end };
}

/** The start of the run of domain characters (any script, with its dots) that ends at `at`. */
function domainRunStart(text: string, at: number, cache: RunCache): number {
  let i = at;
  while (i > 0 && i !== cache.from && DOMAIN_CHAR.test(text[i - 1]!)) i--;
  // Walking back reached the last candidate's start: the run started where that one's did.
  const start = i === cache.from ? cache.start : i;
  cache.from = at;
  cache.start = start;
  return start;
}

/** Where the top-level domain ends, from where the labels start. */
function endOf(domainStart: number, labels: string[], tld: TopLevel): number {
  return domainStart + labels.slice(0, tld.index).reduce((n, l) => n + l.length + 1, 0) + tld.length;
}

/**
 * The top-level domain: the last label (or the letters it starts with) that is on our list, every label before it well
 * formed. After http(s):// or www., failing that, the last alphabetic one (or punycode, or one in another script after a
 * scheme) counts, so a top-level domain not on the list does.
 */
function topLevel(labels: string[], afterDomain: string, scheme: boolean): TopLevel | undefined {
  const anyTld = scheme || labels[0]!.toLowerCase() === 'www';
  let known: TopLevel | undefined;
  let other: TopLevel | undefined;
  for (let t = 1; t < labels.length && wellFormed(labels[t - 1]!); t++) {
    // The label before the top-level domain may not hold '_' (a subdomain may).
    if (labels[t - 1]!.includes('_')) continue;
    const label = labels[t]!;
    const prefix = TLD_PREFIX.exec(label)?.[0] ?? (scheme && NON_ASCII_TLD.test(label) ? label : '');
    if (!prefix || prefix.length > MAX_LABEL_LENGTH) continue;
    const next = prefix.length < label.length ? label[prefix.length]! : t < labels.length - 1 ? '.' : afterDomain;
    if (AFTER_TLD.test(next)) continue;
    if (KNOWN_TLDS.has(prefix.toLowerCase())) known = { index: t, length: prefix.length };
    else if (anyTld && (scheme || t >= 2) && prefix.length >= 2) other = { index: t, length: prefix.length };
  }
  return known ?? other;
}

/** A label starts and ends with a label character, with '-' or '_' only inside it. */
function wellFormed(label: string): boolean {
  return label.length > 0 && label.length <= MAX_LABEL_LENGTH && !LABEL_EDGE.test(label[0]!) && !LABEL_EDGE.test(label[label.length - 1]!);
}

/** Where X's matcher stops reading a link: after its port, path and query. */
function matchEnd(text: string, domainEnd: number): number {
  const path = pathEnd(text, portEnd(text, domainEnd));
  return text[path] === '?' ? queryEnd(text, path) : path;
}

function portEnd(text: string, domainEnd: number): number {
  PORT.lastIndex = domainEnd;
  return PORT.test(text) ? PORT.lastIndex : domainEnd;
}

/** Where a path from this "/" ends: path characters and balanced brackets, back to the last that may end one. */
function pathEnd(text: string, slash: number): number {
  if (text[slash] !== '/') return slash;
  let end = slash + 1;
  let i = slash + 1;
  for (;;) {
    const runEnd = runOf(PATH_RUN, text, i);
    for (let k = runEnd; k > i; k--) {
      if (PATH_END.test(text[k - 1]!)) {
        end = k;
        break;
      }
    }
    i = runEnd;
    const close = text[i] === '(' ? bracketsEnd(text, i) : -1;
    if (close < 0) return end;
    i = end = close;
  }
}

/** "(x)" or one level nested, "(a(b)c)", as Wikipedia links have; -1 when the bracket at `open` is not one of those. */
function bracketsEnd(text: string, open: number): number {
  const inner = runOf(PATH_RUN, text, open + 1);
  if (text[inner] === ')' && inner > open + 1) return inner + 1;
  if (text[inner] !== '(') return -1;
  const nested = runOf(PATH_RUN, text, inner + 1);
  if (text[nested] !== ')' || nested === inner + 1) return -1;
  const rest = runOf(PATH_RUN, text, nested + 1);
  return text[rest] === ')' ? rest + 1 : -1;
}

/** The end of a query from its "?", back to the last character that may end one; the "?" alone is no query. */
function queryEnd(text: string, question: number): number {
  const runEnd = runOf(QUERY_RUN, text, question + 1);
  for (let k = runEnd; k > question + 1; k--) if (QUERY_END.test(text[k - 1]!)) return k;
  return question;
}

function runOf(run: RegExp, text: string, from: number): number {
  run.lastIndex = from;
  run.test(text);
  return run.lastIndex;
}
