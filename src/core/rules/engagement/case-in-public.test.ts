// Posts that must and must not trigger the case-in-public rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './case-in-public.ts';

testRule(rule, {
  valid: [
    { text: 'Hi Sam, renewals usually arrive within 3 weeks. You can track yours at gov.uk/track', account: 'official', replyTo: 'When will my licence come?', why: 'how long it takes as a rule' },
    { text: 'Sign in to your account at gov.uk/account to check your payments.', account: 'official' },
    { text: 'Once your application has been processed, you’ll get a letter within 10 days.', account: 'official', why: 'generic how-to' },
    { text: 'Sorry to hear that. Please send us a DM with your reference number and we’ll look into it.', account: 'official', replyTo: 'Where is my refund?' },
    { text: 'Hi, we’ve checked and the road reopened at 6am.', account: 'official', replyTo: 'Is the A14 still shut?', why: 'nothing about the person' },
    { text: 'We can’t discuss your case here, but if you DM us your case number, we’ll check what’s happening.', account: 'official', replyTo: 'My hearing was adjourned again' },
    { text: 'We’re sorry your payment hasn’t arrived. Your payment date is in your online account: gov.uk/sign-in', account: 'official', replyTo: 'my payment is late AGAIN' },
    { text: 'I’ll talk. Happy to go on record. DM me.', account: 'personal', replyTo: 'Any staff willing to talk?' },
    { text: 'Sorry it took so long. The form is here: gov.uk/apply. We’ve passed your feedback on to the team.', account: 'official', replyTo: 'Took me ages to find the form', why: 'a remark passed on, not a case looked up' },
    { text: 'Sorry it’s taking a while. Documents are usually returned within 2 weeks of your new passport arriving.', account: 'official', replyTo: 'Where are my documents?', why: 'what happens as a rule' },
    { text: 'I work there, but I can’t look up or speed up anyone’s application. Hope you get it sorted.', account: 'personal', replyTo: 'Can anyone at the passport office help?', why: 'declines, and wishes them well' },
    { text: 'We’ll make sure the new forms are on the website by Friday.', account: 'official', replyTo: 'Where are the forms?', why: 'a promise about the service, not one person’s case' },
    { text: 'Not just you! We’ve put an update on our service status page.', account: 'personal', replyTo: 'Is the website down?' },
  ],
  invalid: [
    { text: 'Hi Claire, don’t worry, we’ve escalated it and it’ll definitely be with you before the 20th 👍', account: 'official', replyTo: 'Still no passport', flags: ['it’ll definitely be with you before the 20th'], messageId: 'promise' },
    { text: 'Don’t panic! We’ll make sure it’s with you before Friday, leave it with us.', account: 'official', replyTo: 'My licence hasn’t come', flags: ['We’ll make sure it’s with you before Friday'], messageId: 'promise' },
    { text: 'Waiting for a decision? Comment below with your appeal reference and postcode and we’ll update you here.', account: 'official', flags: ['Comment below with your appeal reference'], messageId: 'ask' },
    { text: 'Please comment below with your full name.', account: 'official', replyTo: 'Where is my payment?', flags: ['comment below with your full name'], messageId: 'ask' },
    { text: 'PM me and I’ll get it pushed through 👍', account: 'personal', replyTo: 'My claim is stuck', flags: ['PM me'], messageId: 'invite' },
    {
      text: 'Hi Sam, looking at your account, your refund was reduced because you still owed £148 from 2022-23.',
      account: 'official',
      replyTo: 'Why was my tax refund only £212??',
      flags: ['looking at your', 'your refund'],
      severity: 'warning',
    },
    { text: 'We’ve checked your claim and our records show a missed payment in May.', account: 'official', replyTo: 'My UC is late', flags: ['We’ve checked', 'our records show'], messageId: 'lookup' },
    { text: 'Your reference number is ABC-123456, and your application has been rejected.', account: 'official', replyTo: 'Any news?', flags: ['reference number is ABC-123456', 'your application'] },
    { text: 'I can see your payment was stopped in March.', account: 'personal', flags: ['I can see'] },
    { text: 'Hi, your accounts for Okafor Joinery Ltd were rejected because the balance sheet did not add up.', account: 'official', replyTo: 'Why were my accounts rejected?', flags: ['your accounts'], messageId: 'detail' },
    { text: 'Hi Dani, we’ve checked and a deduction from earnings order was sent to your ex-partner’s employer on 2 June.', account: 'official', replyTo: 'my ex still hasn’t paid', flags: ['we’ve checked'] },
    { text: 'We’ve passed your case to the complaints team, who will reply by 3 May.', account: 'official', replyTo: 'Still no answer', flags: ['We’ve passed', 'your case'], why: 'a case, not a remark, passed on' },
    { text: 'Hi Jo, leave it with me and I’ll get it sorted tomorrow.', account: 'personal', replyTo: 'My claim is stuck', flags: ['leave it with me', 'get it sorted'], messageId: 'invite' },
    { text: 'Don’t worry Mark, we’ll make sure your new licence is with you before your holiday on Saturday 👍', account: 'official', replyTo: 'Will my licence come in time??', flags: ['we’ll make sure your new licence'], messageId: 'promise' },
    { text: 'DM me your UTR and I’ll have a look on my system tomorrow.', account: 'personal', replyTo: 'Why do I owe £2,300??', flags: ['DM me'], messageId: 'invite' },
    { text: 'Thanks Jo, case ref 88231-B is with the team now.', account: 'official', replyTo: 'Any update on my complaint?', flags: ['case ref 88231-B'], messageId: 'reference' },
    { text: 'Please reply with your full name and date of birth so we can find you.', account: 'official', replyTo: 'Still waiting', flags: ['reply with your full name'], messageId: 'ask' },
  ],
});
