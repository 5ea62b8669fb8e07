// Regular English inflections for vocabulary entries, so a data file lists "falsify" once and "falsified", "falsifies", "falsifying" match too.

/** How an entry is inflected: a verb on its first word, a noun on its last word, or not at all. */
export type Inflect = 'verb' | 'noun' | 'adjective';

// Irregular forms the regular rules get wrong: base → [third person, past, past participle, -ing].
const IRREGULAR_VERBS: Record<string, readonly string[]> = {
  be: ['is', 'was', 'been', 'being', 'are', 'were'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  lie: ['lies', 'lied', 'lying'],
  steal: ['steals', 'stole', 'stolen', 'stealing'],
  take: ['takes', 'took', 'taken', 'taking'],
  hide: ['hides', 'hid', 'hidden', 'hiding'],
  mislead: ['misleads', 'misled', 'misleading'],
  make: ['makes', 'made', 'making'],
  sell: ['sells', 'sold', 'selling'],
  tell: ['tells', 'told', 'telling'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  give: ['gives', 'gave', 'given', 'giving'],
  get: ['gets', 'got', 'gotten', 'getting'],
  put: ['puts', 'putting'],
  cut: ['cuts', 'cutting'],
  let: ['lets', 'letting'],
  rip: ['rips', 'ripped', 'ripping'],
  rig: ['rigs', 'rigged', 'rigging'],
  bribe: ['bribes', 'bribed', 'bribing'],
  pocket: ['pockets', 'pocketed', 'pocketing'],
  leave: ['leaves', 'left', 'leaving'],
  keep: ['keeps', 'kept', 'keeping'],
  pay: ['pays', 'paid', 'paying'],
  say: ['says', 'said', 'saying'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  run: ['runs', 'ran', 'running'],
  win: ['wins', 'won', 'winning'],
  shut: ['shuts', 'shutting'],
  fight: ['fights', 'fought', 'fighting'],
  think: ['thinks', 'thought', 'thinking'],
  bring: ['brings', 'brought', 'bringing'],
  buy: ['buys', 'bought', 'buying'],
  catch: ['catches', 'caught', 'catching'],
  find: ['finds', 'found', 'finding'],
  hear: ['hears', 'heard', 'hearing'],
  hold: ['holds', 'held', 'holding'],
  lose: ['loses', 'lost', 'losing'],
  mean: ['means', 'meant', 'meaning'],
  meet: ['meets', 'met', 'meeting'],
  send: ['sends', 'sent', 'sending'],
  spend: ['spends', 'spent', 'spending'],
  stand: ['stands', 'stood', 'standing'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  write: ['writes', 'wrote', 'written', 'writing'],
  swindle: ['swindles', 'swindled', 'swindling'],
  shoot: ['shoots', 'shot', 'shooting'],
  sink: ['sinks', 'sank', 'sunk', 'sinking'],
  blow: ['blows', 'blew', 'blown', 'blowing'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  come: ['comes', 'came', 'coming'],
  drop: ['drops', 'dropped', 'dropping'],
  stop: ['stops', 'stopped', 'stopping'],
  plan: ['plans', 'planned', 'planning'],
  scrap: ['scraps', 'scrapped', 'scrapping'],
  axe: ['axes', 'axed', 'axing'],
};
const IRREGULAR_NOUNS: Record<string, string> = {
  thief: 'thieves', man: 'men', woman: 'women', child: 'children', person: 'people', wife: 'wives', life: 'lives',
  crisis: 'crises', analysis: 'analyses', foot: 'feet', mouse: 'mice', leaf: 'leaves', half: 'halves',
};
const VOWEL = /[aeiou]/;

function verbForms(base: string): string[] {
  const irregular = IRREGULAR_VERBS[base];
  if (irregular) return [base, ...irregular];
  const forms = [base];
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) forms.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (base.endsWith('e')) forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  else {
    forms.push(`${base}ed`, `${base}ing`);
    // Consonant-vowel-consonant endings often double ("rob" → "robbed", "commit" → "committed"); a spare form never matches wrongly.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) {
      const last = base[base.length - 1]!;
      forms.push(`${base}${last}ed`, `${base}${last}ing`);
    }
  }
  return forms;
}

function nounForms(base: string): string[] {
  const irregular = IRREGULAR_NOUNS[base];
  if (irregular) return [base, irregular];
  if (/(?:s|x|z|ch|sh)$/.test(base)) return [base, `${base}es`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`];
  if (base.endsWith('f') && !base.endsWith('ff')) return [base, `${base}s`, `${base.slice(0, -1)}ves`];
  return [base, `${base}s`];
}

function adjectiveForms(base: string): string[] {
  // Adjectives used as labels take adverb forms too: "dishonest" → "dishonestly".
  if (base.endsWith('le')) return [base, `${base.slice(0, -1)}y`];
  if (base.endsWith('y') && !VOWEL.test(base[base.length - 2] ?? '')) return [base, `${base.slice(0, -1)}ily`];
  if (base.endsWith('ic')) return [base, `${base}ally`];
  return [base, `${base}ly`];
}

/** Every written form of a phrase: the phrase itself and, when asked, the inflected forms of its head word. */
export function inflections(phrase: string, how?: Inflect): string[] {
  if (!how) return [phrase];
  const words = phrase.split(' ');
  if (how === 'verb') return verbForms(words[0]!.toLowerCase()).map((f) => [f, ...words.slice(1)].join(' '));
  const last = words[words.length - 1]!;
  const forms = how === 'noun' ? nounForms(last.toLowerCase()) : adjectiveForms(last.toLowerCase());
  return forms.map((f) => [...words.slice(0, -1), f].join(' '));
}
