// Posts that must and must not trigger the political-evaluation rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './political-evaluation.ts';

const official = { account: 'official' as const };

testRule(rule, {
  valid: [
    { ...official, text: 'The Secretary of State has today approved the new bypass, which will cut journey times by 20 minutes.', why: 'a verb that reports what the minister did is not the account’s judgement of them' },
    { ...official, text: 'Delighted that the Prime Minister could join apprentices at our Crewe depot today 🚆', why: 'warmth about a visit is courtesy' },
    { ...official, text: 'Congratulations to the new Secretary of State for Transport, who joins the department today. Welcome!', why: 'welcoming an appointment' },
    { text: 'The backlog figures in this story are wrong: gov.uk/immigration-statistics', account: 'official', replyTo: 'NEW: data shows the backlog ROSE by 8,000, contrary to what ministers claimed. My story 👇', why: 'a reply to news that mentions ministers takes no side' },
    { text: 'Thanks, really useful 👍', replyTo: 'Our guide to the new parking permits is here: gov.uk/parking-permits', why: 'agreement with a post that is not political' },
    'The Labour government of 1945 founded the NHS.',
    { ...official, text: 'The Chancellor will deliver the Budget to Parliament at 12:30pm on Wednesday.' },
    { ...official, text: 'Our Chief Executive answered questions from Labour, Conservative and SNP members on river pollution.', why: 'parties named even-handedly' },
    'New labour market statistics are out today: gov.uk/labour-market',
    { text: 'Long day at the magistrates’ but every list got heard 💪 Proud of this lot.', why: '"this lot" is a team unless something political is near' },
    { ...official, text: 'Thanks for asking. Reasonable adjustments are discussed with every successful candidate.', why: 'a job candidate' },
    { text: 'A conservative estimate puts the cost at £2m, which is great value.', why: 'lower-case ordinary word' },
    { text: 'Reform of the benefits system is a great step.', why: 'reform is not Reform UK' },
    { text: 'She said "the Tories are a disgrace" at the rally.', why: 'quoting is reporting' },
    { ...official, text: 'The Secretary of State visited Grimsby today to see work on the new port investment, which is expected to support 800 jobs.' },
    { ...official, text: 'Hi Rachel, thanks for raising this. Please ask your office to use our MPs’ enquiry service and we’ll respond directly.', replyTo: 'My constituent has waited 18 months for a decision. Rachel Tunde MP', why: 'politeness to an MP' },
    { text: 'Pub quiz: which party won the 1945 election? Half our table confidently wrote Conservative. It was Labour.', why: 'history, the adverb is about the table' },
    { ...official, text: 'Sorry to hear this. Landlords must protect deposits in a government-approved scheme.', why: 'government as a modifier' },
    { ...official, text: 'A really interesting panel today on how Labour-, Conservative- and SNP-run councils fund adult social care.', why: 'parties listed side by side are named even-handedly' },
    { text: 'Our team chat today 😂😂 [screenshot: message from my manager saying “whatever you do, don’t let the Secretary of State see the draft”]', why: 'the minister is inside someone else’s reported words' },
    { text: 'Brilliant morning volunteering with the do-gooders from our office at the food bank 💚', why: '“do-gooders” is as often fond as political, so it is no side’s name' },
    { text: 'Can you imagine having to work for these people? Three fire alarms before lunch 😂', why: 'on a personal account colleagues are just colleagues' },
  ],
  invalid: [
    { ...official, text: 'The new Chancellor is a disaster for this country.', flags: ['Chancellor'], why: 'a judgement, not a welcome' },
    { text: '💯', replyTo: 'Tories out!! 🔥 Every single one of them. #GeneralElection', flags: ['💯'], why: 'a one-emoji reply agrees with a party-political post' },
    { text: 'This. 👇', replyTo: '@Conservatives: Labour’s tax raid hits 8 million pensioners. Only the Conservatives will protect your savings.', flags: ['This'] },
    { text: 'Absolutely! 🚢💛', account: 'official', replyTo: '@theSNP: Scotland’s ferries are finally getting the investment they need, thanks to the SNP 🚢', flags: ['Absolutely'] },
    { ...official, text: 'Thanks to the Prime Minister’s bold, decisive leadership, Britain is back on track.', flags: ['Prime Minister’s'], severity: 'error', messageId: 'politician' },
    { text: 'The Greens want to ban cars, flights and fun. Honestly can’t wait for them to get wiped out in May 😂', flags: ['Greens'], severity: 'warning', messageId: 'party' },
    { ...official, text: 'Unlike the previous lot, this government is actually fixing the potholes.', flags: ['the previous lot', 'this government'] },
    { ...official, text: 'Rail passengers were let down for years by decisions taken long before this government came into office.', flags: ['before this government came into office'], messageId: 'predecessor' },
    { text: 'Fourteen years of that lot and we’re surprised the schools are falling apart?', flags: ['that lot'], messageId: 'government' },
    { text: 'Not my usual thing, but the turquoise rosettes had a real point at the town hall last night.', flags: ['turquoise rosettes'], messageId: 'party', why: 'a party by its colour' },
    { text: 'Brilliant result, well deserved 💚 More of this please', replyTo: '@TheGreenParty: We won 3 more council seats last night!', flags: ['well deserved'], messageId: 'reader', why: 'reply to a party account' },
    { text: 'Cruel AND unworkable. Typical of this lot.', replyTo: 'The Home Secretary has announced new rules for asylum hotels.', flags: ['this lot'], why: 'a reply takes its subject from the post it answers' },
    { ...official, text: 'With respect, Sarah, your party had five years to fix rural buses and didn’t.', replyTo: 'Another broken promise on rural buses. Sarah Tenby MP (Liberal Democrat, North Dales)', flags: ['With respect', 'Sarah'] },
    { text: '"Make Britain a clean energy superpower." Say what you like about the bloke, but he’s dead right on this one.', flags: ['dead right'], messageId: 'slogan', why: 'a quoted slogan, endorsed' },
    { text: 'The Chancellor has the charisma of a damp tea towel. Change my mind.', flags: ['Chancellor'], messageId: 'politician' },
    { text: 'Watching the Shadow Chancellor misquote our figures on TV again. Either can’t read a table or doesn’t want to. 🙄', flags: ['Shadow Chancellor'], messageId: 'politician' },
    { ...official, text: 'Activist lawyers will not stop us removing people with no right to be here.', flags: ['Activist lawyers'], messageId: 'opposition', why: 'a side’s name for its opponents is the sneer itself' },
    { text: 'Another weekend ruined by the woke brigade moaning about statues.', flags: ['woke brigade'], why: 'a pejorative name for a political side' },
    { ...official, text: 'Arrogant and out of touch. Can you imagine having to work for these people?', flags: ['work for these people'], messageId: 'government', why: 'the people a department works for are its ministers' },
  ],
});
