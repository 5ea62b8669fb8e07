// Posts that must and must not trigger the official-personal-opinion rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './official-personal-opinion.ts';

const official = { account: 'official' as const };

testRule(rule, {
  valid: [
    { text: 'Bringing food back from holiday? Check the rules first.', account: 'official', why: 'the reader’s holiday' },
    { text: 'Going on holiday? Check your passport.', account: 'official' },
    { text: '"I thought my career was over." Marek shares his story.', account: 'official', why: 'a case study’s words in quotes' },
    { text: 'You should have been told. Sorry.', account: 'official', why: 'the apology after the failure' },
    { text: 'The scheme was paused in August after ground surveys found old mine workings under the embankment.', account: 'official', why: 'the noun, not the pronoun' },
    { text: 'Lots of us here at the department are cycling to work this week for Bike Week! 🚲', account: 'official', why: 'the team, not a person’s view' },
    { text: 'We can’t believe it’s been ten years since the service launched. Thank you to everyone who uses it.', account: 'official', why: 'the department’s “we”' },
    { text: 'Could this job be for you? We’re recruiting rangers for the summer: apply by 12 May.', account: 'official', why: 'a vacancy' },
    { text: 'We’ll be posting updates throughout the day as the situation develops. Follow this account for the latest.', account: 'official', why: 'an official account pointing to itself' },
    { account: 'official', text: 'That’s far too long and we’re sorry. Mondays are our busiest day, so try Wednesday afternoon.', why: 'a day of the week is not personal life' },
    { account: 'official', text: 'We accept 8 of the Committee’s 10 recommendations; our response explains why we disagree with the other two.', why: 'the department’s formal position' },
    { text: 'I think this policy is a mistake.', account: 'personal', why: 'personal accounts may hold opinions' },
    { ...official, text: 'We think you should check your tax code before April.', why: '"we think" with nothing evaluative' },
    { ...official, text: 'The minister said: "I think this is a good day for apprentices."', why: 'quoted speech' },
    { ...official, text: 'Find out how to apply for a personal independence payment.' },
    { ...official, text: 'Message us any time and one of our rangers will get back to you personally.', why: 'a promise of service, not an opinion' },
    { ...official, text: 'We’re so sorry Julie. I’ve made a note and I’ll personally ring you tomorrow.', why: 'a named adviser’s service voice' },
    { ...official, text: 'Honestly, it’s quicker to use the online service: gov.uk/renew', why: 'candour alone is a matter of tone' },
    { ...official, text: 'Hi Ravi, between us the pause was agreed at Monday’s board.', why: 'a leak, not an opinion' },
    { ...official, text: 'We’re sorry – six months is far too long to wait for a repair. Please message us your reference.', why: 'owning up to its own service is the department’s voice' },
    { ...official, text: 'We apologise. Your payment should have been made on Friday and we are putting it right today.', why: 'an apology, not an editorial' },
    { ...official, text: 'From September, reports will give a grade for each area instead. Under the old system, schools got one overall grade.', why: 'naming what changed is explaining, not editorialising' },
  ],
  invalid: [
    { text: 'Anyone else off on holiday next week? Can’t wait 🌴', account: 'official', flags: ['on holiday'], why: 'polling others' },
    { text: 'Can you imagine having to work with them?', account: 'official', flags: ['having to work with'], why: 'rhetorical' },
    { text: 'Can it be Friday yet?? 😩', account: 'official', flags: ['Can it be Friday'] },
    { text: 'Honestly your guess is as good as ours 😂', account: 'official', flags: ['Honestly', 'your guess is as good as ours'] },
    { text: 'We know, we know. Nobody here likes the new system either 😬', account: 'official', flags: ['Nobody here likes'], messageId: 'opinion', why: 'the staff’s own view' },
    { text: 'Whoever designed this form should be sacked tbh', account: 'official', flags: ['should be sacked', 'tbh'] },
    { text: 'Can’t believe Spurs have bottled it again 😩 Season over in February, as usual', account: 'official', flags: ['Can’t believe'], messageId: 'feeling', why: 'a feeling with its “I” left out' },
    { text: 'Arrogant and offensive. Can you imagine having to work with people who twist the truth like this?', account: 'official', flags: ['having to work with'], messageId: 'personal' },
    { text: 'Gorgeous sunset over Kielder Water tonight 🌅 Honestly the best bit of this job.', account: 'official', flags: ['best bit of this job'], why: 'the job is the person’s, not the department’s' },
    { ...official, text: 'I think the new rail timetable is a big improvement.', flags: ['I think'], severity: 'warning', messageId: 'opinion' },
    { ...official, text: 'Personally, the consultation response surprised me.', flags: ['Personally', 'me'] },
    { ...official, text: 'Hello from a very rainy Durham office! It’s me again, your friendly social media manager.', flags: ['It’s me', 'your friendly', 'social media manager'], messageId: 'personal' },
    { ...official, text: 'IMO this is the best scheme we have run.', flags: ['IMO'], messageId: 'opinion' },
    { ...official, text: 'New rules banning plastic in wet wipes come into force today. Frankly it’s about time.', flags: ['Frankly', 'it’s about time'] },
    { ...official, text: 'Real talk: I voted Remain, but even I have to admit this trade deal is good.', flags: ['Real talk', 'I voted', 'even I'] },
    { ...official, text: 'Some personal news: today is my last day running this account!', flags: ['Some personal news', 'my last day', 'running this account'], messageId: 'personal' },
    { ...official, text: 'We think Brackwater have been a disgrace for years.', flags: ['We think', 'a disgrace'] },
    { ...official, text: 'Applications open today. (Between us, the old scheme was a lot simpler, but here we are 🤷)', flags: ['Between us', 'a lot simpler', 'here we are'] },
    { ...official, text: 'Genuinely, this one made me emotional.', flags: ['Genuinely', 'made me emotional'] },
  ],
});
