// Posts that must and must not trigger the election-campaigning rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './election-campaigning.ts';

testRule(rule, {
  valid: [
    { text: 'Register to vote by 18 June: gov.uk/register-to-vote', account: 'official' },
    'Vote for your favourite photo in our apprentice competition!',
    'We’re canvassing views from staff on the new office layout.',
    { text: 'Out leafleting for the food bank collection this weekend.', why: 'no election in sight' },
    'Join the party at 7pm for cake and a quiz!',
    { text: 'Polling stations open at 7am on Thursday.', account: 'official' },
  ],
  invalid: [
    { text: 'Re-elect Gareth on Thursday! 🗳️', flags: ['Re-elect Gareth'], severity: 'warning' },
    { text: 'Vote Labour on 4 July.', account: 'official', flags: ['Vote Labour'], severity: 'error' },
    { text: 'Enough is enough #ToriesOut #GTTO', flags: ['#ToriesOut', '#GTTO'] },
    { text: 'Out canvassing in the rain for our candidate today.', flags: ['Out canvassing'] },
    { text: 'Please donate to the campaign if you can.', flags: ['donate to the campaign'] },
    { text: 'Spent Saturday leafleting for the by-election.', flags: ['leafleting'] },
    { text: 'Finally decided to join the Lib Dems.', flags: ['join the Lib Dems'] },
  ],
});
