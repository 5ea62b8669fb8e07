// Posts that must and must not trigger the bank-details rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './bank-details.ts';

testRule(rule, {
  valid: [
    { text: 'Results day is 14-08-25 for most students.', why: 'date shaped like a sort code' },
    { text: 'If your bank details have changed, update them online: gov.uk/winter-fuel-top-up' },
    { text: 'We paid 12345678 people in the first week.', why: 'a count, no bank words' },
    { text: 'Invalid IBAN GB83 WEST 1234 5698 7654 32 example', why: 'fails mod-97' },
    { text: 'Find your sort code and account number on your bank card or statement.' },
  ],
  invalid: [
    { text: 'Pay the deposit to sort code 20-45-77, account 41234567.', flags: ['20-45-77', '41234567'], severity: 'error' },
    { text: 'Can you refund to 40 11 62 31926819 please, it’s my Nationwide account', flags: ['40 11 62', '31926819'] },
    { text: 'Her account number: 73849201 is still showing arrears.', flags: ['73849201'] },
    { text: 'IBAN GB82 WEST 1234 5698 7654 32 for the transfer', flags: ['GB82 WEST 1234 5698 7654 32'] },
    { text: 'sort code 309634 if anyone can help', flags: ['309634'] },
  ],
});
