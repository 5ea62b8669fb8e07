// Posts that must and must not trigger the election-campaigning rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './election-campaigning.ts';

const official = { account: 'official' as const };

testRule(rule, {
  valid: [
    { text: 'Register to vote by 18 June: gov.uk/register-to-vote', account: 'official' },
    'Vote for your favourite photo in our apprentice competition!',
    'We’re canvassing views from staff on the new office layout.',
    { text: 'Out leafleting for the food bank collection this weekend.', why: 'no election in sight' },
    'Join the party at 7pm for cake and a quiz!',
    { text: 'Polling stations open at 7am on Thursday.', account: 'official' },
    { text: 'Candidate knocked on the door in the middle of bath time. Don’t forget to vote on the 4th, whoever you back!', why: 'encouraging voting, no side' },
    'The Conservative Party conference is in Manchester next week.',
    { text: 'Vote for my daughter Amy Clarke in the school talent show! 🎤', why: 'a named person with no party or candidate' },
    { text: 'Tickets for the Civil Service Sports Association summer ball are on sale now.', why: 'an association that is not a party' },
    { ...official, text: 'The Roads Minister joined us for the THINK! campaign launch for safer cycling today.', why: 'a department’s own campaign' },
    { text: 'Honestly the best thing about the office move is the coffee. Every door counts when you’re lugging boxes.', why: 'nothing electoral' },
    { ...official, text: 'Residents will vote to choose the name of the new bridge. Have your say by Friday.', why: 'a vote on something with no side urged' },
    { text: 'Security for the Labour conference means the station is shut on Sunday.', why: 'a party event named as news' },
    { text: 'Standing for the Labour market briefing in a packed room was a mistake.', why: 'standing for something that is not a party' },
    { text: 'Polls close at 10pm. Whichever candidate you’re backing, bring your photo ID.', why: 'backing left open to anyone' },
  ],
  invalid: [
    { text: 'Delivered leaflets for Priya in Eastfield ward this morning 🌹 Nearly there!', flags: ['Delivered leaflets'], messageId: 'activity' },
    { text: 'Raffle tickets for the Hilltop Labour Branch Christmas dinner are £1 each, message me!', flags: ['tickets for the Hilltop Labour Branch'], messageId: 'event' },
    { text: 'Watched the hustings last night. Not saying who’s getting my vote, but it wasn’t close 😉', flags: ['getting my vote'], messageId: 'activity' },
    { text: 'Both leaders were on TV again tonight. One of them has had its chance. #GE2024', flags: ['had its chance'], messageId: 'anticipation', why: 'an election named only in a hashtag' },
    { text: 'Please vote for my wife Helen Ward, Green Party candidate for Riverside, on Thursday!', flags: ['vote for my wife Helen Ward'], messageId: 'vote' },
    { ...official, text: 'Vote for the party that rebuilt our libraries on Thursday! 📚', flags: ['Vote for the party'], messageId: 'vote' },
    { ...official, text: 'It stays if people vote to keep it. Have your say on 2 May.', flags: ['vote to keep'], messageId: 'vote' },
    { ...official, text: 'LIVE: the Chancellor speaks at today’s campaign launch in Leeds.', flags: ['campaign launch'], messageId: 'event' },
    { text: '🗳️ #VoteConservative', flags: ['#VoteConservative'], messageId: 'hashtag' },
    { text: 'Great news, we need them in next time. Spread the word 👇', replyTo: '@LibDems: Our plan for rural buses is out today.', flags: ['them in next time'], messageId: 'activity' },
    { ...official, text: 'Fixing the foundations, one new classroom at a time. 🏫', flags: ['Fixing the foundations'], messageId: 'slogan', why: 'a party slogan in any tense on a department’s account' },
    { ...official, text: 'Want to keep free bus passes? You know what to do on polling day 😉', flags: ['You know what to do'], messageId: 'activity', why: 'a hint at which way to vote' },
    { text: 'Don’t split the vote in Eastbrook. Only the Greens can win here.', flags: ['split the vote', 'can win here'], messageId: 'activity' },
    { text: 'Proud to be standing for the Lib Dems in Riverside ward this May!', flags: ['standing for the Lib Dems'], messageId: 'event' },
    { text: 'Bake sale for the Reform branch on Saturday, every penny to the campaign.', flags: ['sale for the Reform branch'], messageId: 'event' },
    { ...official, text: 'If re-elected, the Government will freeze rail fares for five years.', flags: ['If re-elected'], messageId: 'activity' },
    { text: 'Re-elect Gareth on Thursday! 🗳️', flags: ['Re-elect Gareth'], severity: 'warning', messageId: 'vote' },
    { text: 'Vote Labour on 4 July.', account: 'official', flags: ['Vote Labour'], severity: 'error', messageId: 'vote' },
    { text: 'Enough is enough #ToriesOut #GTTO', flags: ['#ToriesOut', '#GTTO'], messageId: 'hashtag' },
    { text: 'Out canvassing in the rain for our candidate today.', flags: ['Out canvassing', 'our candidate'], messageId: 'activity' },
    { text: 'Please donate to the campaign if you can.', flags: ['donate to the campaign'], messageId: 'activity' },
    { text: 'Spent Saturday leafleting for the by-election.', flags: ['leafleting'], messageId: 'activity' },
    { text: 'Finally decided to join the Lib Dems.', flags: ['join the Lib Dems'], messageId: 'activity' },
    { text: 'Delighted to be speaking at the Labour Business Forum next week.', flags: ['speaking at the Labour Business Forum'], messageId: 'event' },
    { text: 'Frozen them at the highest rate in the county, Tom. Roll on May 🗳️', replyTo: 'Cllr Tom Redfern: Proud that our council has frozen parking charges', flags: ['Roll on'], messageId: 'anticipation' },
    { text: 'Proud to be a member of the Green Party. Join us!', flags: ['Proud to be a member of the Green Party'], messageId: 'event' },
  ],
});
