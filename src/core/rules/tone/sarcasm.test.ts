// Posts that must and must not trigger the sarcasm rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './sarcasm.ts';

testRule(rule, {
  valid: [
    'Great news: another 300 apprenticeships are open from today.',
    'Yet another record year for organ donation. Thank you to every donor family.',
    'Right, here is how to renew your passport online: gov.uk/renew-passport',
    { text: 'Well done to our team 👏 for 10 years of the helpline.', why: 'applause is not mockery' },
    { text: 'Speed is measured in m/s in the report.', why: 'a unit, not /s' },
  ],
  invalid: [
    { text: 'Oh great, another consultation. Can’t wait.', account: 'official', flags: ['Oh great, another'], severity: 'warning' },
    { text: 'Yeah right, like that will ever happen', flags: ['Yeah right'], severity: 'info' },
    { text: 'The trains will definitely be on time tomorrow /s', flags: ['/s'] },
    { text: 'Great job to the genius who parked across the gritter bay this morning.', account: 'official', flags: ['to the genius who'] },
    { text: 'Yet another day, yet another driver who forgot to tax their car 🙄', account: 'official', flags: ['Yet another day', '🙄'] },
    { text: 'Shock horror, the website is down again.', flags: ['Shock horror'] },
    { text: 'Thanks for nothing. Said no one ever.', flags: ['Thanks for nothing', 'Said no one ever'] },
  ],
});
