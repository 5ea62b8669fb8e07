// Posts that must and must not trigger the case-in-public rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './case-in-public.ts';

testRule(rule, {
  valid: [
    { text: 'Sign in to your account at gov.uk/account to check your payments.', account: 'official' },
    { text: 'Once your application has been processed, you’ll get a letter within 10 days.', account: 'official', why: 'generic how-to' },
    { text: 'Sorry to hear that. Please send us a DM with your reference number and we’ll look into it.', account: 'official', replyTo: 'Where is my refund?' },
    { text: 'Never share your NI number in a public post.', account: 'official' },
    { text: 'Hi, we’ve checked and the road reopened at 6am.', account: 'official', replyTo: 'Is the A14 still shut?', why: 'nothing about the person' },
    { text: 'The 2024-25 tax year ends on 5 April. File your return online.', account: 'official' },
    { text: 'Congratulations to our Student of the Year (customer ref SSA-20931-K)!', account: 'official', why: 'a bare reference outside a conversation is a confidentiality matter' },
  ],
  invalid: [
    {
      text: 'Hi Sam, looking at your account, your refund was reduced because you still owed £148 from 2022-23.',
      account: 'official',
      replyTo: 'Why was my tax refund only £212??',
      flags: ['looking at your account', 'your refund was reduced', 'you still owed £148'],
    },
    { text: 'We’ve checked your claim and our records show a missed payment in May.', account: 'official', replyTo: 'My UC is late', flags: ['We’ve checked your claim', 'our records show'] },
    { text: 'Your reference number is ABC-123456, and your application has been rejected.', account: 'official', replyTo: 'Any news?', flags: ['Your reference number is ABC-123456', 'your application has been rejected'] },
    { text: 'Please reply with your full name and date of birth so we can find you.', account: 'official', replyTo: 'Still waiting', flags: ['reply with your full name'] },
    { text: 'Thanks Jo, case ref 88231-B is with the team now.', account: 'official', replyTo: 'Any update on my complaint?', flags: ['case ref 88231-B'] },
    { text: 'I can see your payment was stopped in March.', account: 'personal', flags: ['I can see your payment'] },
    { text: 'Hi, your accounts for Okafor Joinery Ltd were rejected because the balance sheet did not add up.', account: 'official', replyTo: 'Why were my accounts rejected?', flags: ['your accounts for Okafor Joinery Ltd were rejected'] },
    { text: 'Hi Laura, we’ve checked and your ex-partner has now been sent an enforcement notice.', account: 'official', replyTo: 'He has not paid for 3 months', flags: ['we’ve checked and your'] },
  ],
});
