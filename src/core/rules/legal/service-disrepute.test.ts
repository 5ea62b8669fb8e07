// Posts that must and must not trigger the service-disrepute rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './service-disrepute.ts';

testRule(rule, {
  valid: [
    'Can’t be bothered to cook tonight, takeaway it is.',
    'Great team lunch today to celebrate 10 years of the service.',
    { text: 'We follow the rules on data protection strictly.', account: 'official' },
    'Off sick with flu, back next week.',
    'The new guidance replaces the old rules from April.',
  ],
  invalid: [
    { text: 'Pulled a sickie to watch the cricket 😂', flags: ['Pulled a sickie'], severity: 'warning' },
    { text: 'Still hungover at my desk, send help.', flags: ['hungover at my desk'] },
    { text: 'Honestly can’t be bothered with these claimants’ emails today.', flags: ['can’t be bothered'] },
    { text: 'Nobody checks, so I just ignore the guidance on file notes.', flags: ['Nobody checks', 'ignore the guidance'] },
    { text: 'Another day answering the idiots who ring the helpline without reading the letter.', flags: ['idiots who ring'] },
    { text: 'Paid to do nothing all afternoon, love this job.', flags: ['Paid to do nothing'] },
  ],
});
