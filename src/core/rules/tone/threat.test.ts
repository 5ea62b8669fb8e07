// Posts that must and must not trigger the threat rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './threat.ts';

testRule(rule, {
  valid: [
    'Kill two birds with one stone: renew your licence and update your address in one go.',
    'Delays on the M6 after a crash near junction 19.',
    'Drink driving kills. Last year 260 people died in crashes where a driver was over the limit.',
    'Watch your step on icy pavements this morning.',
    'We hope your family enjoys the new park.',
    { text: 'The caller said "we know where you live" and police are investigating.', why: 'reported speech' },
  ],
  invalid: [
    { text: 'You’ll regret this, trust me.', flags: ['You’ll regret'], severity: 'error' },
    { text: 'Keep posting lies and watch your back.', flags: ['watch your back'] },
    { text: 'Next cyclist who jumps that light is getting my fist in their face.', flags: ['my fist in'] },
    { text: 'We know where you live, remember that.', account: 'official', flags: ['We know where you live'] },
    { text: 'Useless lot. Hope your offices flood next.', flags: ['Hope your offices flood'] },
    { text: 'Fly-tippers, you have been warned: we’re coming for you.', flags: ['we’re coming for you'] },
    { text: 'People like that should be shot.', flags: ['should be shot'] },
  ],
});
