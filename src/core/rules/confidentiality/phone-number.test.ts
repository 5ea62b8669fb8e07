// Posts that must and must not trigger the phone-number rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './phone-number.ts';

testRule(rule, {
  valid: [
    { text: 'Hi Jo, please contact our press office on 020 7946 1234 and the duty press officer will call you back.', account: 'official', why: 'an organisation’s landline, even when a named role answers it' },
    { text: 'Need help with your claim? Call our helpline on 0800 123 4567 or 0300 123 1000.', account: 'official', why: 'public helplines' },
    { text: 'In an emergency call 999; for non-urgent medical help call 111.' },
    { text: 'In the drama, Dave rings 07700 900123 and 020 7946 0123.', why: 'Ofcom drama ranges' },
    { text: 'Press office: 020 7215 5000 (Monday to Friday, 9am to 5pm).', account: 'official', why: 'published office line' },
    { text: 'NHS number 943 476 5919 belongs to the patient.', why: 'an NHS number, reported by nhs-number' },
    { text: 'We handled 1,234,567,890 transactions in 2024.' },
  ],
  invalid: [
    { text: 'Hi Amal, we’ve passed your number (07700 912488) to the team and someone will ring you today.', account: 'official', replyTo: 'Call me on 07700 912488, I’m desperate', flags: ['07700 912488'], messageId: 'mobile', why: 'mobile-shaped though unallocated' },
    { text: 'If anyone sees my neighbour’s dog, her mobile is 07911 123456.', flags: ['07911 123456'], severity: 'error' },
    { text: 'Hi @jane_doe we’ve passed your details on, we’ll call you on +44 7911 123456 later.', account: 'official', flags: ['+44 7911 123456'] },
    { text: 'Complainant Mr Patel (01632 960 000 is fake but his real landline is 0161 496 0999... no wait, 0161 234 5678)', flags: ['0161 234 5678'] },
    { text: 'Call 0300 123 4567, or text Dave directly on 07911123456', flags: ['07911123456'] },
    { text: '😀 “Ring me on 07911 123 456” she wrote', flags: ['07911 123 456'], why: 'quoted, after a non-BMP emoji' },
    { text: 'Dave’s mobile is 07911 123456 24/7 if anything goes wrong.', flags: ['07911 123456'], messageId: 'mobile', why: 'a short group after the number' },
    { text: 'For the Douglas visit, Sarah’s mobile is 07624 123456.', flags: ['07624 123456'], messageId: 'mobile', why: 'Isle of Man mobile' },
    { text: 'Our contact in Dundalk is Siobhan, mobile +353 87 123 4567, for the cross-border event.', flags: ['+353 87 123 4567'], messageId: 'mobile', why: 'Irish mobile' },
  ],
});
