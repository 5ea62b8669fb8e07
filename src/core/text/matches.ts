// Every match of a global regular expression, run on the expression itself rather than on a copy.

/**
 * What `text.matchAll(re)` gives, as an array. matchAll (like split) runs a fresh copy of `re`, and V8 compiles a
 * copy from its compilation cache, which every major garbage collection empties: after one, each copy of our large
 * phrase alternations was compiled again on the next check (11× a warm check after two forced GCs). `re` itself
 * keeps its compiled code, so it is run here with exec, from the start, and left at lastIndex 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regular expression: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match does not move lastIndex: step over one character (a whole code point in unicode mode), as matchAll does.
    if (m[0] === '') re.lastIndex = stepOver(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

/** The first match of a global `re` in `text`, or null (matchAll(re).next(), without the copy). */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

function stepOver(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
