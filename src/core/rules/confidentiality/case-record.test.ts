// Posts that must and must not trigger the case-record rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './case-record.ts';

const reply = 'Where is my money?? Third week waiting.';

testRule(rule, {
  valid: [
    { text: 'Sorry to hear this. We’ve passed it to the street lighting team, who will be in touch.', account: 'official', replyTo: reply, why: 'an action taken, nothing read from a file' },
    { text: 'Hi Sam, we can’t discuss claims here. Please send us a direct message and we’ll look into it.', account: 'official', replyTo: reply, why: 'declines to discuss the case' },
    { text: 'Thanks Priya, we’ve checked the road and the pothole is on our list.', account: 'official', replyTo: reply, why: 'a road, not a person’s file' },
    { text: 'We’ve written to all MPs with an update on waiting times, which are 8 to 10 weeks.', account: 'official', replyTo: reply, why: 'a letter sent, not a look at the case' },
    { text: 'Hi Jo, we can see how frustrating this is. Please DM us and we’ll help.', account: 'official', replyTo: reply, why: 'sympathy, with no fact from the file' },
  ],
  invalid: [
    { text: 'Hi Dawn, our records show your return arrived on 3 February, so the £100 penalty stands.', account: 'official', replyTo: reply, flags: ['our records show'] },
    { text: 'Hi Josh, looking at your account your September payment was held because your course provider hasn’t confirmed your attendance yet.', account: 'official', replyTo: reply, flags: ['looking at your'] },
    { text: 'Thanks for your message, Daniel. We can see that £1,240 of arrears is still outstanding on your case.', account: 'official', replyTo: reply, flags: ['We can see'], why: 'another way of reading the file' },
    { text: 'Hi Karen, I’ve had a look on the system — your payment failed because the bank details don’t match.', account: 'personal', replyTo: reply, flags: ['I’ve had a look'], why: 'a personal account reading a claimant’s file' },
    { text: 'Hi Marcus, I’ve had a look and your application is sitting with our medical team waiting on your GP.', account: 'official', replyTo: reply, flags: ['I’ve had a look'], why: 'a status from the file' },
  ],
});
