// Posts that must and must not trigger the embargo-phrase rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './embargo-phrase.ts';

testRule(rule, {
  valid: [
    { text: 'The report, which was embargoed until 00:01 this morning, is published today: gov.uk/prison-education-review', account: 'official', why: 'embargo already lifted' },
    { text: 'It went to the printers under embargo, which lifted at 00:01 today, so it has been public since midnight.', why: 'embargo already lifted' },
    { text: 'The UK has joined partners in tightening the arms embargo on the regime.', why: 'foreign-policy embargo' },
    { text: 'Worried about a crime? You can report it in confidence to Crimestoppers on 0800 555 111.', why: 'helpline "in confidence"' },
    { text: 'Never share your password or security code with anyone, even if they say they are from HMRC.', why: 'scam advice' },
    { text: 'Our new report on the publication of court judgments is out today.' },
    { text: 'We have every confidence in the new service and the teams running it.' },
    { text: 'Border Force officers seized embargoed goods at Felixstowe this week.', why: 'trade sense' },
  ],
  invalid: [
    { text: 'EMBARGOED UNTIL 00:01 THURSDAY\nNew funding for rural bus routes', flags: ['EMBARGOED UNTIL'] },
    { text: 'Sneak preview of the press notice (embargoed until Tuesday) - big win for the team!', flags: ['embargoed until'] },
    { text: 'Draft - not for distribution. Options for the new apprenticeship levy.', flags: ['Draft - not for distribution'] },
    { text: 'Got this briefing note today, marked not for circulation, but it is really interesting.', flags: ['not for circulation'] },
    { text: 'In confidence:\nthe board agreed to close two offices next year.', flags: ['In confidence'] },
    { text: 'A colleague told me in confidence that the merger is going ahead.', flags: ['told me in confidence'] },
    { text: 'Market-sensitive figures land on my desk tomorrow, exciting times.', flags: ['Market-sensitive'] },
    { text: 'Slides for Monday (internal only) attached, please don’t share outside the team.', flags: ['internal only', 'please don’t share outside'] },
  ],
});
