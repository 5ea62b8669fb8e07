// Posts that must and must not trigger the reply-to-abuse rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './reply-to-abuse.ts';

testRule(rule, {
  valid: [
    { text: 'Reported and blocked.', replyTo: 'You’re a useless traitor and I know where you lot park.', why: 'moderation said briefly' },
    { text: 'Fair challenge. My team is in the office 3 days a week, and our figures are in the annual report, so judge for yourself.', replyTo: 'Civil servants working from home are just lazy.', why: 'one jibe, met courteously' },
    { text: 'The bridge reopens on 4 May. Details at gov.uk/bridge', replyTo: 'you are all scum. when is the bridge reopening?', account: 'official', why: 'answers the real question' },
    { text: 'The budget was published this morning: gov.uk/adult-skills-budget', replyTo: 'Why does the government keep cutting adult education? Ridiculous.', why: 'civil criticism' },
    { text: 'We’re sorry your payment hasn’t arrived. Your payment date is in your online account: gov.uk/sign-in', account: 'official', replyTo: 'you useless thieving parasites, my payment is late AGAIN. Rot in hell the lot of you.', why: 'the facts and the online route, once' },
    { text: 'Hi, we can help with that. Send us a DM.', account: 'official', replyTo: 'Sort my f*cking refund out, you muppets', why: 'answers the real question only' },
    { text: 'We have hidden this comment under our house rules.', account: 'official', replyTo: 'Watch your back, we know where you live.', why: 'moderation is the right answer' },
    { text: 'Sorry it was slow. Your refund is on its way. Have a lovely day 😊', account: 'official', replyTo: 'useless service, took weeks', why: 'a courtesy after help to blunt criticism of the service' },
    { text: 'Not incompetent, just understaffed after the cuts.', account: 'personal', replyTo: 'Anyone else find @CTAgov totally incompetent?', why: 'criticism of a service is not abuse' },
    { text: 'Hi, if your drone weighs 250g or more you’ll need an Operator ID. Actually, check the beach rules too.', account: 'official', replyTo: 'Do I need a licence to fly my drone over the beach?', why: 'a thing the person owns, not a name for people' },
    { text: 'Idiots, the lot of them.', account: 'personal', why: 'not a reply (the tone rules handle the draft)' },
    { text: 'We understand you’re frustrated. Please DM us.', account: 'official', replyTo: 'you lot are parasites', why: 'a concession leading to help' },
    { text: 'The office opens at 9am. 1) Bring your ID. 2) Bring the letter.', account: 'official', replyTo: 'What time do you open and what do I need?', why: 'numbered steps answering a civil question' },
  ],
  invalid: [
    { text: 'Our website has been available 99.8% of the time this year.', replyTo: 'Useless clowns. Sort your website out or I’ll come down there.', account: 'official', flags: ['Our website has been available 99.8% of the time this year.'], why: 'figures in defence' },
    { text: 'Catchy. Did you come up with that all by yourself?', replyTo: 'Hope you all rot in hell.', account: 'official', flags: ['Catchy.'], why: 'a taunt' },
    { text: 'Actually most renewals take under two weeks.', replyTo: 'Passport office staff are thick, lazy and should all be sacked.', flags: ['Actually most renewals take under two weeks.'], why: 'service words said of the staff' },
    { text: 'Our nurses worked 41,000 hours of overtime. Perhaps spend a shift on a ward before judging them.', replyTo: 'your nurses are lazy, useless, and you can all go to hell', account: 'official', flags: ['Perhaps spend a shift on a ward before judging them.'] },
    { text: 'We’re sorry you feel that way. We protected 12,000 homes last winter.', account: 'official', replyTo: 'You lot are useless parasites. Hope your offices flood next.', flags: ['We’re sorry you feel that way.'], severity: 'warning', messageId: 'argues' },
    { text: 'Nobody has stolen anything. Maybe speak to someone about your paranoia.', account: 'official', replyTo: 'Your lot stole my pension you lying thieves', flags: ['Nobody has stolen anything.'] },
    { text: 'We understand the frustration, but a few corrections: we don’t run the trains.', account: 'official', replyTo: 'you’re a bunch of useless overpaid clowns. Hope you all get sacked', flags: ['We understand the frustration, but a few corrections: we don’t run the trains.'] },
    { text: 'What’s pathetic is posting abuse from behind an anonymous profile. Grow up.', account: 'official', replyTo: 'Your department is run by incompetent idiots. Pathetic.', flags: ['What’s pathetic is posting abuse from behind an anonymous profile.'] },
    { text: 'We’d like to set the record straight: we delivered 12,000 new homes this year.', account: 'official', replyTo: 'This department is run by overpaid morons.', flags: ['We’d like to set the record straight: we delivered 12,000 new homes this year.'] },
    { text: 'We’ll take that as a compliment from someone who clearly has a lot of time on their hands. Have a lovely day 😊', account: 'official', replyTo: 'you absolute clowns, get a grip', flags: ['Have a lovely day 😊'], why: 'sarcasm at an abusive poster is a taunt' },
    { text: 'We processed 2.3 million claims last year with fewer staff. What did you do?', account: 'official', replyTo: 'useless the lot of you. absolute waste of money', flags: ['What did you do?'], why: 'a service word said of the people is abuse, and the closing question taunts' },
    { text: 'Says the bloke whose profile is all memes 😂', replyTo: 'Typical overpaid pen-pusher.', flags: ['Says the bloke whose profile is all memes 😂'] },
    { text: 'Thanks. 1) Refunds are checked. 2) It takes 8 weeks.', account: 'official', replyTo: 'Hope you all lose your jobs, parasites', flags: ['1) Refunds are checked.'], why: 'point by point; a harm wish in the reply' },
    { text: 'We understand you feel strongly, but tax is legal.', account: 'official', replyTo: 'Hope one of you gets stabbed.', flags: ['We understand you feel strongly, but tax is legal.'] },
    { text: 'Respectfully, taxes fund the NHS.', account: 'official', replyTo: 'you lot are thieves', flags: ['Respectfully, taxes fund the NHS.'] },
    { text: 'Funny that. I know where you live too, mate.', account: 'personal', replyTo: 'I know which office you work at. Watch yourself.', flags: ['I know where you live too, mate.'], },
  ],
});
