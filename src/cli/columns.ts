// Finds a calendar's columns by name: the one given on the command line, or the names scheduling tools use.

export type ColumnRole = 'text' | 'platform' | 'account' | 'id';

/**
 * Header names as exported by common scheduling tools, compared without case, spaces, punctuation or a
 * trailing "(required)": Buffer "Text", Hootsuite "Message", Sprout Social "message_text", Later "Caption".
 */
const DEFAULTS: Record<ColumnRole, readonly string[]> = {
  text: ['text', 'posttext', 'message', 'messagetext', 'postmessage', 'post', 'caption', 'content', 'postcontent', 'body', 'copy', 'tweet', 'tweettext', 'status', 'update'],
  platform: ['platform', 'network', 'socialnetwork', 'channel', 'service', 'socialmedia', 'socialplatform', 'site', 'networktype', 'profiletype'],
  account: ['accounttype', 'accountkind', 'officialorpersonal'],
  id: ['id', 'postid', 'messageid', 'contentid', 'ref', 'reference', 'uid'],
};

const FLAG: Record<ColumnRole, string> = { text: '--column', platform: '--platform-column', account: '--account-column', id: '--id-column' };

export type Column = { index: number; name: string };
export type FoundColumn = Column | { index: undefined; name: string };

/** Lower case, letters and digits only, anything from "(" on dropped (done by hand: no regular expression to go slow). */
export function baseName(name: string): string {
  const cut = name.indexOf('(');
  return (cut === -1 ? name : name.slice(0, cut)).toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function findColumn(
  role: 'text',
  given: string | undefined,
  header: string[] | undefined,
  file: string,
): Column | { error: string };
export function findColumn(
  role: ColumnRole,
  given: string | undefined,
  header: string[] | undefined,
  file: string,
): FoundColumn | { error: string };
export function findColumn(role: ColumnRole, given: string | undefined, header: string[] | undefined, file: string): FoundColumn | { error: string } {
  if (given !== undefined) return givenColumn(role, given, header, file);
  if (!header) {
    if (role !== 'text') return { index: undefined, name: '' };
    return { error: `${file}: with --no-header, say which column holds the posts by its number, for example --column 2.` };
  }
  const names = header.map(baseName);
  for (const candidate of DEFAULTS[role]) {
    const index = names.indexOf(candidate);
    if (index !== -1) return { index, name: `"${header[index]!.trim()}"` };
  }
  if (role !== 'text') return { index: undefined, name: '' };
  return {
    error:
      `${file}: no column of post text found (looked for a column named Text, Message, Post, Caption or Content). ` +
      `Its columns are ${list(header)}. Say which one holds the posts with --column, for example --column "${header[0]?.trim() || 'Post text'}" or --column 2. ` +
      'If the first row is a post rather than column names, add --no-header.',
  };
}

function givenColumn(role: ColumnRole, given: string, header: string[] | undefined, file: string): FoundColumn | { error: string } {
  const number = /^[1-9][0-9]{0,5}$/.test(given.trim()) ? Number(given.trim()) : undefined;
  if (header) {
    const wanted = given.trim().toLowerCase();
    let index = header.findIndex((h) => h.trim().toLowerCase() === wanted);
    if (index === -1 && baseName(given) !== '') index = header.map(baseName).indexOf(baseName(given));
    if (index !== -1) return { index, name: `"${header[index]!.trim()}"` };
    if (number !== undefined && number <= header.length) return { index: number - 1, name: `number ${number}` };
    return { error: `${file} has no column "${given}" (given with ${FLAG[role]}). Its columns are ${list(header)}; give one of those names, or a column number such as ${FLAG[role]} 2.` };
  }
  if (number === undefined) return { error: `${file}: with --no-header there are no column names, so give ${FLAG[role]} as a number, for example ${FLAG[role]} 2.` };
  return { index: number - 1, name: `number ${number}` };
}

function list(header: string[]): string {
  const shown = header.slice(0, 12).map((h) => `"${h.trim()}"`);
  return shown.join(', ') + (header.length > 12 ? ` and ${header.length - 12} more` : '');
}
