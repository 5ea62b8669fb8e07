// Posts that must and must not trigger the contested-policy rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './contested-policy.ts';

testRule(rule, {
  valid: [
    { text: 'The benefit cap went up to £25,000 in April. Check what it means for you: gov.uk/benefit-cap', account: 'official' },
    'Interesting evening at a talk on welfare reform. Good arguments on both sides.',
    { text: 'Sign the petition to save our local library from closure!', why: 'no government policy named' },
    'Our Christmas party is cancelled, which is a disaster.',
    { text: 'The sugar levy starts in April. Here is what it means for shops: gov.uk/sugar-levy', account: 'official' },
  ],
  invalid: [
    { text: 'Signed the petition to scrap the two-child limit. Please sign and share!', flags: ['Signed the petition'], severity: 'warning', messageId: 'campaign' },
    { text: 'Marching against the Rwanda plan on Saturday. Join us.', flags: ['Marching against'], messageId: 'campaign' },
    { text: 'The benefit cap is cruel and it needs to go.', flags: ['needs to go'], messageId: 'campaign' },
    { text: 'Honestly, the two-child limit is inhumane.', flags: ['inhumane'], messageId: 'condemn' },
    { text: 'The bedroom tax is the most heartless policy I’ve ever seen.', flags: ['heartless'], messageId: 'condemn' },
    { text: 'The sugar levy is a disaster for small shops, frankly.', account: 'official', flags: ['a disaster'], severity: 'error', messageId: 'condemn' },
  ],
});
