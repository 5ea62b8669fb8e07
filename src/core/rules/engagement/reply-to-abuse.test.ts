// Posts that must and must not trigger the reply-to-abuse rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './reply-to-abuse.ts';

testRule(rule, {
  valid: [
    { text: 'The budget was published this morning: gov.uk/adult-skills-budget', replyTo: 'Why does the government keep cutting adult education? Ridiculous.', why: 'civil criticism' },
    { text: 'Sorry for the wait. Current times are on our website.', account: 'official', replyTo: 'This is a disgrace, I have waited 12 weeks for my passport.' },
    { text: 'Thanks, glad it helped!', account: 'official', replyTo: 'Brilliant service, cheers' },
    { text: 'Idiots, the lot of them.', account: 'personal', why: 'not a reply (the tone rules handle the draft)' },
    { text: 'You can renew online.', account: 'official', replyTo: 'Do I have to renew my passport by post? Seems daft.' },
  ],
  invalid: [
    { text: 'What’s pathetic is posting abuse from behind an anonymous profile. Grow up.', account: 'official', replyTo: 'Your department is run by incompetent idiots. Pathetic.', flags: ['What’s pathetic is posting abuse from behind an anonymous profile.'], severity: 'warning' },
    { text: 'We’re sorry you feel that way. We protected 12,000 homes last winter.', account: 'official', replyTo: 'You lot are useless parasites. Hope your offices flood next.', flags: ['We’re sorry you feel that way.'], why: 'polite replies still engage' },
    { text: 'Says the bloke whose profile is all memes 😂', replyTo: 'Typical overpaid pen-pusher.', flags: ['Says the bloke whose profile is all memes 😂'] },
    { text: 'Hi, we can help with that. Send us a DM.', account: 'official', replyTo: 'Sort my f*cking refund out, you muppets', flags: ['Hi, we can help with that.'] },
    { text: 'We have hidden this comment under our house rules.', account: 'official', replyTo: 'Watch your back, we know where you live.', flags: ['We have hidden this comment under our house rules.'], severity: 'info' },
  ],
});
