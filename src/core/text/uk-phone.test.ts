// uk-phone's verdicts by table, and against libphonenumber-js (the reference it replaces) over a generated corpus of UK and Irish numbers in every written shape.
import { findNumbers, type MetadataJson, type NumberFound } from 'libphonenumber-js/core';
import max from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { normalisePhoneNumber, ukPhoneNumber, type PhoneNumber } from './uk-phone.ts';

type Expected = Omit<PhoneNumber, 'callingCode'> | undefined;

const TABLE: Array<[string, Expected, string]> = [
  ['07400 123456', { country: 'GB', national: '7400123456', type: 'MOBILE' }, 'mobile'],
  ['+44 7400 123456', { country: 'GB', national: '7400123456', type: 'MOBILE' }, 'mobile, international'],
  ['07456.123.456', { country: 'GB', national: '7456123456', type: 'MOBILE' }, 'dots'],
  ['07700 900123', undefined, 'Ofcom drama range: not allocated'],
  ['+44 (0)20 7946 0000', { country: 'GB', national: '2079460000', type: 'FIXED_LINE' }, '(0) after +44'],
  ['0044 20 7946 0000', { country: 'GB', national: '2079460000', type: 'FIXED_LINE' }, '00 international prefix'],
  ['(020) 7946 0000', { country: 'GB', national: '2079460000', type: 'FIXED_LINE' }, 'area code in brackets'],
  ['+440 20 7946 0123', { country: 'GB', national: '2079460123', type: 'FIXED_LINE' }, 'trunk 0 after +44'],
  ['0161 234 5678', { country: 'GB', national: '1612345678', type: 'FIXED_LINE' }, '4-digit area code'],
  ['01223 456789', { country: 'GB', national: '1223456789', type: 'FIXED_LINE' }, '5-digit area code'],
  ['016977 3456', { country: 'GB', national: '169773456', type: 'FIXED_LINE' }, '9-digit national number'],
  ['0300 123 4567', { country: 'GB', national: '3001234567', type: 'UAN' }, '03 non-geographic'],
  ['0800 1111', { country: 'GB', national: '8001111', type: 'TOLL_FREE' }, '7-digit freephone'],
  ['0845 464 6464', { country: 'GB', national: '8454646464', type: 'PREMIUM_RATE' }, '084'],
  ['0909 123 4567', { country: 'GB', national: '9091234567', type: 'PREMIUM_RATE' }, '09'],
  ['056 1234 5678', { country: 'GB', national: '5612345678', type: 'VOIP' }, '056'],
  ['070 1234 5678', { country: 'GB', national: '7012345678', type: 'PERSONAL_NUMBER' }, '070 personal number'],
  ['07623 456789', { country: 'GB', national: '7623456789', type: 'PAGER' }, '076 pager'],
  ['07911 123456', { country: 'GG', national: '7911123456', type: 'MOBILE' }, 'Guernsey mobile on +44'],
  ['01481 712345', { country: 'GG', national: '1481712345', type: 'FIXED_LINE' }, 'Guernsey'],
  ['01534 456789', { country: 'JE', national: '1534456789', type: 'FIXED_LINE' }, 'Jersey'],
  ['07797 123456', { country: 'JE', national: '7797123456', type: 'MOBILE' }, 'Jersey mobile'],
  ['01624 812345', { country: 'IM', national: '1624812345', type: 'FIXED_LINE' }, 'Isle of Man'],
  ['07624 123456', { country: 'IM', national: '7624123456', type: 'MOBILE' }, 'Isle of Man mobile'],
  ['+353 87 123 4567', { country: 'IE', national: '871234567', type: 'MOBILE' }, 'Irish mobile'],
  ['+353 (0)87 123 4567', { country: 'IE', national: '871234567', type: 'MOBILE' }, 'Irish mobile with (0)'],
  ['00353 1 234 5678', { country: 'IE', national: '12345678', type: 'FIXED_LINE' }, 'Dublin'],
  ['+44 180020 7400 123456', { country: 'GB', national: '7400123456', type: 'MOBILE' }, 'after the Relay UK prefix 18002 0'],
  ['087 123 4567', undefined, 'an Irish mobile written nationally is read as a UK number, and is not one'],
  ['0161 234 567', undefined, 'too short'],
  ['0161 234 56789', undefined, 'too long'],
  ['04123 456789', undefined, '04 is unused'],
  ['+45 12 34 56 78', undefined, 'a country we do not know'],
  ['0020 7946 0123', undefined, '00 then a calling code we do not know'],
  ['07911 123456 x', undefined, 'a letter'],
];

describe('ukPhoneNumber, by table', () => {
  for (const [text, expected, why] of TABLE) {
    it(`${JSON.stringify(text)}: ${why}`, () => {
      const got = ukPhoneNumber(text);
      expect(got && { country: got.country, national: got.national, type: got.type }).toEqual(expected);
    });
  }
});

describe('normalisePhoneNumber', () => {
  it('reads every written shape of one number the same way', () => {
    const shapes = ['+44 7400 123456', '+44 (0)7400 123456', '+44(0)7400-123-456', '0044 7400 123456', '07400 123456', '07400-123-456', '07400.123.456', '(07400) 123456', '074001 23456', '447400123456'];
    for (const s of shapes) expect(normalisePhoneNumber(s), s).toEqual({ callingCode: '44', national: '7400123456', country: 'GB' });
    expect(normalisePhoneNumber('+353 (0)87-123-4567')).toEqual({ callingCode: '353', national: '871234567', country: 'IE' });
  });

  it('refuses text that is not a number', () => {
    for (const s of ['', '   ', '+', '++44 7400 123456', '0161 234 5678 ext 2', '+0 20 7946 0000']) expect(normalisePhoneNumber(s), s).toBeUndefined();
  });
});

// The oracle: libphonenumber-js with the same countries, from the same metadata set the generator cuts.
const KEPT = ['GB', 'GG', 'IM', 'JE', 'IE'] as const;
const full = max as unknown as { countries: Record<string, unknown> };
const ORACLE = {
  ...max,
  countries: Object.fromEntries(KEPT.map((c) => [c, full.countries[c]])),
  country_calling_codes: { 44: ['GB', 'GG', 'IM', 'JE'], 353: ['IE'] },
  nonGeographic: {},
} as unknown as MetadataJson;

/**
 * libphonenumber's verdict on a run written alone: the number when its matcher takes the whole run; 'part' when it
 * finds one only inside the run, which it tries after the whole run has failed, so the run itself is no number.
 */
function reference(text: string): Expected | 'part' {
  const found = findNumbers(text, { defaultCountry: 'GB', v2: true }, ORACLE) as unknown as NumberFound[];
  if (!found.length) return undefined;
  const [m] = found;
  if (found.length > 1 || m!.startsAt !== 0 || m!.endsAt !== text.length) return 'part';
  return { country: m!.number.country as PhoneNumber['country'], national: String(m!.number.nationalNumber), type: m!.number.getType() as PhoneNumber['type'] };
}

/** A small seeded generator, so the corpus is the same on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}
const rand = random(20260412);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join('');

/** National significant numbers, per range: [calling code, leading digits, total length, how many]. */
const RANGES: Array<[string, string[], number, number]> = [
  ['44', ['71', '72', '73', '74', '75', '77', '78', '79'], 10, 400], // mobiles
  ['44', ['7700900', '7911', '7457', '7624', '7524', '7924', '7781', '7839', '7797', '7509', '7829', '7937'], 10, 300], // mobiles, Crown dependencies', drama
  ['44', ['203', '207', '208', '20'], 10, 300], // London
  ['44', ['113', '114', '115', '116', '117', '118', '121', '131', '141', '151', '161', '191'], 10, 300], // 4-digit area codes
  ['44', ['1'], 10, 500], // 5-digit area codes and the rest of 01
  ['44', ['1'], 9, 200], // 9-digit geographic (016977 and friends)
  ['44', ['23', '24', '28', '29', '2'], 10, 250], // other 02
  ['44', ['1481', '1534', '1624'], 10, 200], // Guernsey, Jersey, Isle of Man
  ['44', ['30', '33', '34', '37', '3'], 10, 150], // 03
  ['44', ['55', '56', '500', '5'], 10, 150], // 05x
  ['44', ['5'], 9, 40],
  ['44', ['70'], 10, 150], // personal numbers
  ['44', ['76'], 10, 200], // pagers
  ['44', ['800', '808', '842', '845', '870', '871', '8'], 10, 200], // 08
  ['44', ['80', '8'], 9, 60],
  ['44', ['800'], 7, 30],
  ['44', ['90', '91', '98', '9'], 10, 120], // 09
  ['44', ['4', '6'], 10, 80], // unused
  ['353', ['83', '85', '86', '87', '89', '8'], 9, 300], // Irish mobiles
  ['353', ['1'], 8, 150], // Dublin
  ['353', ['21', '22', '4', '5', '6', '7', '9'], 9, 200], // other Irish landlines
  ['353', ['2', '4', '5', '9'], 7, 60],
  ['353', ['1800', '1850', '1890', '700', '76', '818'], 10, 100], // Irish non-geographic
  ['353', ['76', '818', '700'], 9, 60],
];

type Shape = (national: string, code: string) => string;
const groups = (s: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) if (i < s.length) out.push(s.slice(i, (i += n)));
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
};
const SIZES = [[4, 3], [5], [3, 4], [2, 4], [3, 3], [4], []];
const SHAPES: Shape[] = [
  (n) => groups(`0${n}`, pick(SIZES), ' '),
  (n) => groups(`0${n}`, pick(SIZES), '-'),
  (n) => groups(`0${n}`, pick(SIZES), '.'),
  (n) => `0${n}`,
  (n) => {
    const area = pick([3, 4, 5]);
    return `(0${n.slice(0, area - 1)}) ${groups(n.slice(area - 1), [3], ' ')}`;
  },
  (n, c) => `+${c} ${groups(n, pick(SIZES), ' ')}`,
  (n, c) => `+${c} (0)${groups(n, pick(SIZES), ' ')}`,
  (n, c) => `+${c}(0)${n}`,
  (n, c) => `00${c} ${groups(n, pick(SIZES), ' ')}`,
  (n, c) => `+${c}-${groups(n, pick(SIZES), '-')}`,
  (n, c) => `+${c}.${groups(n, pick(SIZES), '.')}`,
  (n, c) => `+${c}${n}`,
];

function corpus(): string[] {
  const out = new Set<string>();
  for (const [code, leads, length, count] of RANGES) {
    for (let i = 0; i < count; i++) {
      const lead = pick(leads);
      let national = lead + digits(Math.max(0, length - lead.length));
      // One in five a digit short, one in five a digit long.
      const r = rand();
      if (r < 0.2) national = national.slice(0, -1);
      else if (r < 0.4) national += digits(1);
      // Irish numbers are mostly written internationally, UK ones either way.
      const shapes = code === '353' ? SHAPES.slice(pick([4, 5, 5, 5])) : SHAPES;
      out.add(pick(shapes)(national, code));
      out.add(pick(shapes)(national, code));
    }
  }
  return [...out];
}

const FIXED_020 = { country: 'GB', national: '2079460000', type: 'FIXED_LINE' } as const;
/**
 * Where uk-phone deliberately differs from libphonenumber's matcher, which also hunts for a number inside a run
 * that is not one, and applies text heuristics that the phone-number rule's own pre-scan replaces. uk-phone judges
 * the run it is given.
 */
const DELIBERATE: Array<[string, Expected | 'part', Expected, string]> = [
  // 1. Numbers inside a run (every 'part' of the corpus, mostly Irish numbers of a wrong length).
  ['+353 (0)7457 116 258', 'part', undefined, 'the matcher reads "(0)7457 116 258" as a UK mobile inside an Irish number of the wrong length'],
  ['07400-123-456 12', 'part', undefined, 'the matcher takes the part before the first space; the phone-number rule instead retries a run without a short trailing group'],
  // 2. Text heuristics for prose, not for a run already cut out of it.
  ['020-7946 (0000', undefined, FIXED_020, 'the matcher takes "7946 (0000" for a page reference like "211-227 (2003)"'],
  ['020 7946) (0000', undefined, FIXED_020, 'the matcher refuses brackets that do not pair; uk-phone reads the digits'],
];

describe('ukPhoneNumber against libphonenumber-js', () => {
  const runs = corpus();
  const ours = (text: string): Expected => {
    const got = ukPhoneNumber(text);
    return got && { country: got.country, national: got.national, type: got.type };
  };

  it('agrees on validity, country, national number and type for every run of the corpus, taken whole', () => {
    const disagreements: string[] = [];
    const seen = { valid: 0, invalid: 0, types: new Set<string>() };
    let parts = 0;
    for (const text of runs) {
      const expected = reference(text);
      const got = ours(text);
      if (expected === 'part') parts++;
      const whole = expected === 'part' ? undefined : expected;
      if (JSON.stringify(got) !== JSON.stringify(whole)) disagreements.push(`${JSON.stringify(text)}: libphonenumber ${JSON.stringify(expected)}, uk-phone ${JSON.stringify(got)}`);
      if (got) {
        seen.valid++;
        seen.types.add(`${got.country} ${got.type}`);
      } else seen.invalid++;
    }
    expect(disagreements).toEqual([]);
    // Difference 1 below: a few per cent of the corpus, every one a run that is not a number as written.
    expect(parts).toBeLessThan(runs.length / 20);
    // The corpus is only a test if it holds plenty of both verdicts and every kind of number.
    expect(runs.length).toBeGreaterThan(8000);
    expect(seen.valid).toBeGreaterThan(2500);
    expect(seen.invalid).toBeGreaterThan(2500);
    for (const kind of ['GB MOBILE', 'GB FIXED_LINE', 'GB PAGER', 'GB PERSONAL_NUMBER', 'GB UAN', 'GB VOIP', 'GB TOLL_FREE', 'GB PREMIUM_RATE', 'GG MOBILE', 'GG FIXED_LINE', 'JE MOBILE', 'JE FIXED_LINE', 'IM MOBILE', 'IM FIXED_LINE', 'IE MOBILE', 'IE FIXED_LINE', 'IE TOLL_FREE']) {
      expect(seen.types, kind).toContain(kind);
    }
  });

  for (const [text, theirs, mine, why] of DELIBERATE) {
    it(`differs on ${JSON.stringify(text)} on purpose: ${why}`, () => {
      expect(reference(text)).toEqual(theirs);
      expect(ours(text)).toEqual(mine);
    });
  }
});
