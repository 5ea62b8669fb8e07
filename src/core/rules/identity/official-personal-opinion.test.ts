// Posts that must and must not trigger the official-personal-opinion rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './official-personal-opinion.ts';

testRule(rule, {
  valid: [
    { text: 'I think this policy is a mistake.', account: 'personal', why: 'personal accounts may hold opinions' },
    { text: 'We think you should check your tax code before April.', account: 'official', why: '"we" speaks for the department' },
    { text: 'The minister said: "I think this is a good day for apprentices."', account: 'official', why: 'quoted speech' },
    { text: 'Find out how to apply for a personal independence payment.', account: 'official' },
    { text: 'Think you may be owed a refund? Check online at gov.uk/tax-refund', account: 'official' },
  ],
  invalid: [
    { text: 'I think the new rail timetable is a big improvement.', account: 'official', flags: ['I think'] },
    { text: 'Personally, the consultation response surprised me.', account: 'official', flags: ['Personally'] },
    { text: 'IMO this is the best scheme we have run.', account: 'official', flags: ['IMO'] },
    { text: 'I’ll be honest, the new hub is lovely.', account: 'official', flags: ['I’ll be honest'] },
    { text: 'In my opinion the figures speak for themselves.', account: 'official', flags: ['In my opinion'] },
    { text: 'Not going to lie, I’m not a fan of the new parking rules either.', account: 'official', flags: ['Not going to lie', 'I’m not a fan'], why: 'curly apostrophe' },
    { text: 'Great turnout today. I reckon next year will be bigger, I believe.', account: 'official', flags: ['I reckon', 'I believe'] },
  ],
});
