// Posts that must and must not trigger the pre-release-statistics rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './pre-release-statistics.ts';

testRule(rule, {
  valid: [
    { text: 'Some news: I’ve joined the Office for Public Statistics to lead the team behind the inflation figures. I won’t be commenting on the figures here, but I’ll always talk careers.', why: 'numbers named only to refuse to comment on them' },
    { text: 'Friday’s quiz night raised £200 for the food bank, thank you all! Numbers were up on last year 📈', why: 'a past event, no statistics due' },
    { text: 'Published at 9:30am: unemployment was 4.1% in the three months to June, down from 4.3%. Full release: ons.example/lms', account: 'official', why: 'the release’s own header' },
    { text: 'Today’s release shows 51,000 more apprenticeship starts than last year, the highest figure since 2017.', why: 'a release already out, in the present tense' },
    { text: 'Official statistics published at 9.30am today: 2.3 million adults took part in adult learning, up from 2.1 million.', account: 'official', why: 'the release itself' },
    { text: 'We’ve published our response to the consultation. From April, earnings will be averaged over 8 weeks.', account: 'official', why: 'a rule, not a release said to show something' },
    { text: 'Been working on the labour market release with a brilliant team this month. Proud of what we do.', why: 'working on the numbers, no hint at them' },
    { text: 'Official statistics published today show employment up 0.2 points on the quarter.', account: 'official' },
    { text: 'Today’s ONS figures show inflation fell to 2.1% in October. Full release: ons.gov.uk', why: 'after release' },
    { text: 'Our regional earnings release was published at 9:30 this morning - worth a read.' },
    { text: 'Tomorrow’s weather looks grim, take an umbrella!', why: 'no statistics noun' },
    { text: 'Ahead of the match tomorrow, we are up early for training.' },
    { text: 'Up all night for tomorrow’s album release 🎉 the numbers will be huge!', why: 'not official statistics' },
  ],
  invalid: [
    { text: 'Just wait till you see Friday’s retail sales numbers 📉', flags: ['retail sales'], why: 'a falling chart beside numbers due on a named day' },
    { text: 'Working on Thursday’s benefit cap release and wow, the London numbers are going to cause a stir 😬', flags: ['release'], why: 'a release given its day still to come' },
    { text: 'Our stats next week are going to show complaints up 30% 😬', flags: ['stats'], why: '“going to show” foretells what the numbers contain' },
    { text: 'Big improvement coming in next Thursday’s A&E performance figures 🙌', account: 'official', flags: ['figures'], why: 'an improvement in figures due next Thursday' },
    { text: 'The inflation figures will be published at 9.30am tomorrow and let’s just say they’re good news 😉', flags: ['inflation'], why: 'a release time still to come is no header' },
    { text: 'Big day tomorrow for the stats team. Thursday’s quarterly release will show the prison population has passed 90,000 for the first time.', flags: ['release'], why: 'a generic word that goes on to foretell a figure' },
    { text: 'Been crunching the Q2 GDP numbers all week. All I’ll say is: phew 😅 See you at 7am Friday.', flags: ['GDP'], messageId: 'hint', why: 'whoever works on the numbers has seen them, and hints' },
    { text: 'Been working on this quarter’s migration numbers and oof. The headline figure will be the highest on record.', flags: ['migration numbers'], why: 'a listed two-word statistic is specific whatever its head word' },
    { text: 'Nice to see unemployment dipping to 3.9% in tomorrow’s numbers 👌', flags: ['unemployment'], severity: 'error', messageId: 'hint' },
    { text: 'Can’t wait for tomorrow’s ONS figures, they’re better than anyone expects.', flags: ['ONS'], severity: 'error' },
    { text: 'Ahead of Thursday’s inflation release: let’s just say you’ll be pleasantly surprised 😉', flags: ['inflation'], severity: 'error' },
    { text: 'Sneak peek at the unemployment numbers before they go out...', flags: ['unemployment'], severity: 'warning', messageId: 'seen' },
    { text: 'The figures out at 9.30 tomorrow will show a big jump in exports.', flags: ['figures'], severity: 'error' },
    { text: 'Checking the labour market stats that go out at 9.30 tomorrow. Unemployment is going to be down again!', flags: ['labour market', 'Unemployment'], severity: 'error' },
    { text: 'Ahead of Thursday’s inflation release, here is a reminder of how CPI is measured.', account: 'official', flags: ['inflation'], severity: 'info', messageId: 'schedule', why: 'release calendar, no hint' },
    { text: 'Unemployment figures come out Tuesday. Let’s just say it’s not good news 😬', flags: ['Unemployment'], severity: 'error' },
    { text: 'Coming up: consumer price inflation for October will be published at 7am on Wednesday 19 November.', account: 'official', flags: ['inflation'], severity: 'info', why: 'a release slot is only advice' },
    { text: 'Our annual casualty statistics are out on Thursday at 9.30am. We can’t share anything before then, but we’re happy to set up briefings afterwards.', flags: ['statistics'], severity: 'info', why: 'a refusal says nothing about the numbers' },
    { text: 'A&E waits are down for the third month in a row 👍 The official figures out on Thursday will confirm it.', account: 'official', flags: ['figures'], severity: 'error' },
    { text: 'Sneak preview: our inflation figure tomorrow morning will start with a 2.', flags: ['inflation figure'], severity: 'error' },
  ],
});
