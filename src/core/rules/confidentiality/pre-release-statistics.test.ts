// Posts that must and must not trigger the pre-release-statistics rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './pre-release-statistics.ts';

testRule(rule, {
  valid: [
    { text: 'Official statistics published today show employment up 0.2 points on the quarter.', account: 'official' },
    { text: 'Today’s ONS figures show inflation fell to 2.1% in October. Full release: ons.gov.uk', why: 'after release' },
    { text: 'Our regional earnings release was published at 9:30 this morning - worth a read.' },
    { text: 'Tomorrow’s weather looks grim, take an umbrella!', why: 'no statistics noun' },
    { text: 'The Bank of England forecasts inflation will fall to 2% next year.', why: 'published forecast' },
    { text: 'Ahead of the match tomorrow, we are up early for training.' },
    { text: 'Up all night for tomorrow’s album release 🎉 the numbers will be huge!', why: 'not official statistics' },
  ],
  invalid: [
    { text: 'Nice to see unemployment dipping to 3.9% in tomorrow’s numbers 👌', flags: ['tomorrow’s numbers'], severity: 'error' },
    { text: 'Can’t wait for tomorrow’s ONS figures, they’re better than anyone expects.', flags: ['tomorrow’s ONS figures'], severity: 'error' },
    { text: 'Ahead of Thursday’s inflation release: let’s just say you’ll be pleasantly surprised 😉', flags: ['Ahead of Thursday’s inflation release'] },
    { text: 'Sneak peek at the unemployment numbers before they go out...', flags: ['Sneak peek at the unemployment numbers'], severity: 'warning' },
    { text: 'The figures out at 9.30 tomorrow will show a big jump in exports.', flags: ['figures out at 9.30 tomorrow will show'], severity: 'error' },
    { text: 'Checking the labour market stats that go out at 9.30 tomorrow. Unemployment is going to be down again!', flags: ['stats that go out at 9.30 tomorrow'], severity: 'error' },
    { text: 'I’ve already seen the GDP figures and it’s good news for once.', flags: ['I’ve already seen the GDP figures'] },
    { text: 'Ahead of Thursday’s inflation release, here is a reminder of how CPI is measured.', account: 'official', flags: ['Ahead of Thursday’s inflation release'], severity: 'info', why: 'release calendar, no hint' },
    { text: 'Unemployment figures come out Tuesday. Let’s just say it’s not good news 😬', flags: ['figures come out Tuesday'], severity: 'error' },
  ],
});
