// Posts that must and must not trigger the payment-card rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './payment-card.ts';

testRule(rule, {
  valid: [
    { text: 'Use 4111 1111 1111 1111 to try the payment page in the sandbox.', why: 'published test card' },
    { text: 'Card 4539 1488 0343 6468 ends in an invalid digit? No: 4539 1488 0343 6469', why: 'Luhn fails' },
    { text: 'We paid 4,539,148,803 pounds in grants last year.' },
    { text: 'Call 0300 200 3300 to pay by card.' },
    { text: 'Order number 1234 5678 9012 3456 has shipped.', why: 'no card prefix' },
  ],
  invalid: [
    { text: 'Paid with my card 4539 1488 0343 6467 and still no confirmation!', flags: ['4539 1488 0343 6467'], severity: 'error' },
    { text: 'Card number 5425233430109903 exp 04/27', flags: ['5425233430109903'] },
    { text: 'His Amex 3782 822463 10179 was charged twice', flags: ['3782 822463 10179'] },
    { text: 'Refund to 4917-4845-8989-7107 please', flags: ['4917-4845-8989-7107'] },
    { text: 'Charged on 6011 0009 9013 9473 twice.', flags: ['6011 0009 9013 9473'] },
  ],
});
