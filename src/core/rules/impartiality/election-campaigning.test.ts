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
    { text: 'Postal vote? Make sure it arrives by 10pm Thursday #VoteByPost', why: 'a way of voting, not a party' },
    { text: 'Polling stations open at 7am on Thursday.', account: 'official' },
    { text: 'Candidate knocked on the door in the middle of bath time. Don’t forget to vote on the 4th, whoever you back!', why: 'encouraging voting, no side' },
    'The Conservative Party conference is in Manchester next week.',
    { text: 'Polls close at 10pm. Whichever candidate you’re backing, bring your photo ID.', why: 'backing left open to anyone' },
    { text: 'Not sure which way to vote? Read each candidate’s statement at fenwick.gov.uk/elections', account: 'official', why: 'help to choose, no side' },
    { text: 'Knocked on 40 doors for the Christmas food bank appeal today 🎄', why: 'charity door-knocking, nothing political' },
  ],
  invalid: [
    { text: 'Re-elect Gareth on Thursday! 🗳️', flags: ['Re-elect Gareth'], severity: 'warning', messageId: 'vote' },
    { text: 'Vote Labour on 4 July.', account: 'official', flags: ['Vote Labour'], severity: 'error', messageId: 'vote' },
    { text: '🇬🇧🗳️ #VoteConservative', flags: ['#VoteConservative'], messageId: 'hashtag', why: '#Vote and any party' },
    { text: 'Enough is enough #ToriesOut #GTTO', flags: ['#ToriesOut', '#GTTO'], messageId: 'hashtag' },
    { text: 'Out canvassing in the rain for our candidate today.', flags: ['Out canvassing', 'our candidate'], messageId: 'activity' },
    { text: 'Please donate to the campaign if you can.', flags: ['donate to the campaign'], messageId: 'activity' },
    { text: 'Spent Saturday leafleting for the by-election.', flags: ['leafleting'], messageId: 'activity' },
    { text: 'Finally decided to join the Lib Dems.', flags: ['join the Lib Dems'], messageId: 'activity' },
    { text: 'Delighted to be speaking at the Labour Business Forum next week.', flags: ['speaking at the Labour Business Forum'], messageId: 'event' },
    { text: 'Frozen them at the highest rate in the county, Tom. Roll on May 🗳️', replyTo: 'Cllr Tom Redfern: Proud that our council has frozen parking charges', flags: ['Roll on'], messageId: 'anticipation' },
    { text: 'Proud to be a member of the Green Party. Join us!', flags: ['Proud to be a member of the Green Party'], messageId: 'event' },
    { text: 'Knocked on 200 doors for the Greens today 💚', flags: ['Knocked on 200 doors'], messageId: 'activity', why: 'canvassing with a number between' },
    { text: 'Delivered leaflets for Sarah in Hillside ward this morning 🌹', flags: ['Delivered leaflets'], messageId: 'activity' },
    { text: 'If you care about the NHS, you know which way to vote on the 4th.', flags: ['you know which way to vote'], messageId: 'activity', why: 'a vote steered without naming the party' },
    { text: 'One of them had real answers, the other had slogans. Guess who’s getting my vote 😉', flags: ['who’s getting my vote'], messageId: 'activity' },
  ],
});
