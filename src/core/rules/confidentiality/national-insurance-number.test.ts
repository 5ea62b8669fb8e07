// Posts that must and must not trigger the national-insurance-number rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './national-insurance-number.ts';

testRule(rule, {
  valid: [
    { text: 'Your NI number looks like QQ 12 34 56 C and is on your payslip.', why: 'invalid Q prefix, example' },
    { text: 'You can find your National Insurance number online: gov.uk/lost-national-insurance-number' },
    { text: 'Part number GB123456A is back in stock.', why: 'GB never a prefix' },
    { text: 'For example AB 12 34 56 C: two letters, six numbers, one letter.', why: 'demo value' },
    { text: 'Order ref ab102938c shipped today', why: 'lower case with no NI context' },
  ],
  invalid: [
    { text: 'Hi Sam, looking at your account (NI number PC 73 05 21 A), your refund was reduced.', account: 'official', flags: ['PC 73 05 21 A'], severity: 'error' },
    { text: 'Claimant is Mr J. Keeling, NI number JT 48 19 62 B', flags: ['JT 48 19 62 B'] },
    { text: 'Can someone check NINO ST904512D for me?', flags: ['ST904512D'] },
    { text: 'my national insurance no is jk 55 21 90 c, help!', flags: ['jk 55 21 90 c'] },
    { text: '“Her NI number was HM-33-71-08-A” he said', flags: ['HM-33-71-08-A'], why: 'quoted still counts' },
  ],
});
