// Posts that must and must not trigger the vetting-level rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './vetting-level.ts';

testRule(rule, {
  valid: [
    { text: 'Great to see the SC final tonight, what a match!', why: 'SC without a vetting word' },
    { text: 'Our new level 3 apprenticeship in cyber security launches today.' },
    { text: 'The DV helpline is open 24 hours: 0808 2000 247.', why: 'domestic violence' },
    { text: 'All visitors must be security cleared at reception.', why: 'no first person' },
    { text: 'Policy update: how vetting works for police officers. Read more on GOV.UK.' },
  ],
  invalid: [
    { text: 'Proud to say I hold DV clearance after a very long process!', flags: ['hold DV'], severity: 'warning' },
    { text: 'Experienced analyst, SC cleared, open to new roles.', platform: 'linkedin', flags: ['SC cleared'], severity: 'warning', why: 'job seeker, not an advert' },
    { text: 'Finally got through Developed Vetting 🎉', flags: ['Developed Vetting'] },
    { text: 'I am security cleared and looking for contract work.', flags: ['security cleared'] },
    { text: 'Cleared to DV level, 10 years in defence programmes.', flags: ['Cleared to DV level'] },
    { text: 'We are hiring data engineers. Applicants must be able to gain SC clearance. Apply by 30 June.', account: 'official', flags: ['SC clearance'], severity: 'info', why: 'job advert' },
  ],
});
