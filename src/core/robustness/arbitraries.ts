// fast-check generators for the property tests: hostile Unicode text, civil-service words, exotic settings objects.

import fc from 'fast-check';

/** Words and phrases the rules care about, so random text reaches deep into the rules, not only their fast exits. */
const VOCABULARY = [
  'Minister', 'SECRET', 'TOP SECRET', 'OFFICIAL-SENSITIVE', 'OFFICIAL SENSITIVE', 'embargoed until', 'KESTREL', 'Red-Kite',
  'I work at', 'views my own', 'we', 'our team', 'call us on', '0300 123 4567', '07700 900123', 's/c', 'sort code', '12-34-56',
  'account 12345678', 'GB82 WEST 1234 5698 7654 32', '4111 1111 1111 1111', 'QQ 12 34 56 A', 'AB123456C', '943 476 5919',
  'SW1A 2AA', '10 Downing Street', 'password:', 'hunter2', 'eyJhbGciOiJIUzI1NiJ9', 'john.smith@gmail.com', 'born 01/02/1990',
  'Labour', 'Conservatives', 'vote for', 'fuck', 'sh!t', 'f u c k', 'idiots', 'you lot are useless', 'I will find you',
  'world-class', 'game-changing', '!!!', 'AMAZING NEWS', '#CivilService', '@DfT', 'bit.ly/abc', 'https://www.gov.uk/x',
  'Department for Transport', 'DfT', 'the Home Office', 'your case reference 123456', 'diagnosed with', 'HIV', 'Subject:',
  'To:', 'From:', 'Ref:', 'watch this space', 'cleared to SC', 'DV', 'the whole Financial Times article', 'allegedly',
  'a liar', 'fraud', 'phone us instead', 'rather than online', 'we will always reply', 'DM us', 'stats out tomorrow',
  'ONS figures', 'before publication', 'leaked', '😂', '🇬🇧', '👨‍👩‍👧‍👦', '👍🏽', '1️⃣', '🤫',
];
const WHITESPACE = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u00A0', '\u2009', '\u3000', '\u2028'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD'];
const COMBINING = ['e\u0301', 'a\u0308', 'n\u0303', '\u0301', 'Z\u0336\u0335\u0334', 'o\u0338'];
const RTL = ['مرحبا', 'שלום', '\u202E', '\u202B', '\u200F', '\u061C', 'السلام عليكم'];
const SURROGATES = ['\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\uD83D\uDE00', '\uDE00\uD83D'];
const PUNCTUATION = ['.', ',', '!', '?', '…', '"', '“', '”', '‘', '’', "'", '«', '»', '-', '–', '—', '_', '*', '#', '@', '/', ':', ';', '(', ')', '[', ']', '\\'];

/** One UTF-16 code unit of any value, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 4, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...ZERO_WIDTH, ...COMBINING, ...RTL, ...SURROGATES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A post of up to `maxPieces` pieces: words, separators, and every kind of awkward Unicode. */
export const postText = (maxPieces = 60): fc.Arbitrary<string> => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));

/** A long post (up to about `maxLength` characters): a random stretch repeated, with random text around it. */
export const longPostText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(postText(20), postText(12), fc.integer({ min: 1, max: maxLength }), postText(10))
    .map(([head, unit, length, tail]) => {
      const body = unit.length ? unit.repeat(Math.ceil(length / unit.length)).slice(0, length) : '';
      return `${head}${body}${tail}`.slice(0, maxLength);
    });

/** An object whose every read throws (a revoked proxy, or one whose traps all throw). */
export function hostileProxy(): object {
  // Symbol keys answer, so the test framework can still inspect the value; every string key throws.
  const boom = (_target: object, key?: string | symbol) => {
    if (typeof key === 'symbol') return undefined;
    throw new Error('hostile proxy');
  };
  return new Proxy({}, { get: boom, has: (t, k) => Boolean(boom(t, k)), ownKeys: () => boom({}, 'keys') as never, getOwnPropertyDescriptor: (t, k) => boom(t, k) as never });
}

export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
}

/** A value with a throwing getter under `key`. */
export function throwingGetter(key: string, rest: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...rest };
  Object.defineProperty(out, key, {
    enumerable: true,
    get() {
      throw new Error(`getter for ${key}`);
    },
  });
  return out;
}

const SETTING_KEYS = ['account', 'department', 'handles', 'codewords', 'allowlist', 'disabledRules', 'severity'] as const;

/** Something to put where one setting goes: right types, wrong types, and exotic objects. */
const settingValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('official', 'personal', '', 'Department for Transport', 'KESTREL\nRed-Kite, a\\-b', '*', '- - - -'),
  fc.array(fc.oneof(fc.constantFrom(...VOCABULARY, '', ' ', '- - -', '_ _ _', 'a\\-b', '(', '[', '*', '\\'), postText(4)), { maxLength: 8 }),
  fc.dictionary(fc.constantFrom('profanity', 'codeword', 'no-such-rule', '__proto__', 'constructor'), fc.oneof(fc.constantFrom('error', 'warning', 'info', 'loud'), fc.anything())),
  fc.anything(),
  fc.constant(undefined).map(() => hostileProxy()),
  fc.constant(undefined).map(() => new Proxy(['KESTREL'], { get: (t, k) => (k === 'length' ? 1e9 : Reflect.get(t, k)) })),
  fc.constant(undefined).map(() => ({ toString: () => { throw new Error('toString'); } })),
  fc.constantFrom(Symbol('x'), 10n, () => 'fn', Number.NaN, new Date(0), /re/g, new Map([['a', 1]])),
);

/** Arbitrary settings: a record of real keys with any values, sometimes with a throwing getter, sometimes not an object at all. */
export const arbitrarySettings: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(fc.constantFrom(...SETTING_KEYS), settingValue, { maxKeys: 7 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...SETTING_KEYS), fc.dictionary(fc.constantFrom(...SETTING_KEYS), settingValue, { maxKeys: 4 }))
      .map(([key, rest]) => throwingGetter(key, rest)),
  },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.constant(undefined).map(() => hostileProxy()) },
);

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
