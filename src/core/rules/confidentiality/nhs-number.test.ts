// Posts that must and must not trigger the nhs-number rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './nhs-number.ts';

testRule(rule, {
  valid: [
    { text: 'Our NHS app had 943 476 5918 visits this year.', why: 'fails the check digit' },
    { text: 'Call 0300 123 1000 for help with your claim.', why: 'helpline' },
    { text: 'We answered 9434765919 calls last year.', why: 'no grouping, no context' },
    { text: 'Your NHS number is on any letter from your GP: it is 10 digits long.' },
    { text: 'Reference 1234567890 has been closed.', why: 'fails the check digit' },
  ],
  invalid: [
    { text: 'Patient NHS no. 943 476 5919 missed the appointment again', flags: ['943 476 5919'], severity: 'error' },
    { text: 'Her number is 401 023 2137, can someone chase the referral?', flags: ['401 023 2137'], why: 'grouped 3-3-4' },
    { text: 'nhs number: 9434765919', flags: ['9434765919'] },
    { text: 'Hospital number 401-023-2137 for Mrs Green', flags: ['401-023-2137'] },
    { text: 'The patient (943 476 5919) was discharged.', flags: ['943 476 5919'] },
    { text: 'Your NHS number 485 777 3456 is on our records.', flags: ['485 777 3456'], severity: 'warning', why: 'labelled, check digit wrong' },
  ],
});
