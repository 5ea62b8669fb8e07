// Posts that must and must not trigger the codeword rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './codeword.ts';

const settings = { codewords: ['BLUEBELL', 'Project Tidewater', 'Harbourlight'] };

testRule(rule, {
  valid: [
    { text: 'Bluebells are out in the woods this week 🌸', settings, why: 'longer word' },
    { text: 'The tidewater reached the harbour wall at noon.', settings, why: 'lower-case bare name' },
    { text: 'Good progress on the new diagnostic centres today.', settings },
    { text: 'Harbourlight is a lovely name for a boat.', why: 'no codewords configured' },
    { text: 'Visit the #BluebellRailway this summer', settings, why: 'part of a longer hashtag' },
    { text: 'a - - b ___ -- ...', settings: { codewords: ['- -', '_', '#', 'a'] }, why: 'entries with too few letters or digits are skipped' },
  ],
  invalid: [
    { text: 'Good progress on #Tidewater today 💪 More to share soon!', settings, flags: ['#Tidewater'], severity: 'error' },
    { text: 'So proud of the team behind Harbourlight 🚢 live in test today.', settings, flags: ['Harbourlight'] },
    { text: 'Great workshop on project tidewater with colleagues.', settings, flags: ['project tidewater'] },
    { text: 'bluebell go-live moved to June', settings, flags: ['bluebell'] },
    { text: 'Loving the energy in the #ProjectTidewater team!', settings, flags: ['#ProjectTidewater'] },
    { text: 'Update on “HARBOURLIGHT” soon', settings, flags: ['HARBOURLIGHT'], why: 'in quotes and capitals' },
    {
      text: 'Red Kite, RedKite, red_kite and #RedKite are all the same codeword.',
      settings: { codewords: ['Red-Kite'] },
      flags: ['Red Kite', 'RedKite', 'red_kite', '#RedKite'],
      why: 'space, hyphen, underscore and nothing are the same separator',
    },
    { text: 'The KESTREL plan goes live.', settings: { codewords: ['a\\-b', 'KESTREL', '(a+)+', '- - -'] }, flags: ['KESTREL'], why: 'malformed entries cost nothing' },
    { text: 'Not a-b, but a\\-b and (ab+)+ are literal text.', settings: { codewords: ['a\\-b', '(ab+)+'] }, flags: ['a\\-b', '(ab+)+'] },
  ],
});
