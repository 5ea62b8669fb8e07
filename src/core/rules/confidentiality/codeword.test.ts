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
  ],
  invalid: [
    { text: 'Good progress on #Tidewater today 💪 More to share soon!', settings, flags: ['#Tidewater'], severity: 'error' },
    { text: 'So proud of the team behind Harbourlight 🚢 live in test today.', settings, flags: ['Harbourlight'] },
    { text: 'Great workshop on project tidewater with colleagues.', settings, flags: ['project tidewater'] },
    { text: 'bluebell go-live moved to June', settings, flags: ['bluebell'] },
    { text: 'Loving the energy in the #ProjectTidewater team!', settings, flags: ['#ProjectTidewater'] },
    { text: 'Update on “HARBOURLIGHT” soon', settings, flags: ['HARBOURLIGHT'], why: 'in quotes and capitals' },
  ],
});
