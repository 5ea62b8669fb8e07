// Posts that must and must not trigger the security-weakness rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './security-weakness.ts';

testRule(rule, {
  valid: [
    { text: 'Lost my lanyard again. Third one this year 🙈', why: 'no gap in anything' },
    { text: 'The e-gates at Terminal 5 are down this morning; please allow extra time at passport control.', account: 'official', why: 'a department’s service notice' },
    'My doorbell camera is broken again, third one this year 🙄',
    'New CCTV cameras now cover the whole car park at the station. Great news for commuters.',
    { text: 'Four of us went to the pub after the shift, cracking night.', why: 'no secure site, no covering' },
    { text: 'Our new perimeter fencing project won an award today!', why: 'no weakness' },
  ],
  invalid: [
    { text: 'pro tip: the blue lanyard gets you in the side door and skips the queue 😎', flags: ['lanyard gets you in'], why: 'a way past the checks' },
    { text: 'badge readers on the 3rd floor down since Monday, just walk in', flags: ['badge readers on the 3rd floor down since'] },
    { text: 'because there’s 6 of us on for 3 wide-bodies and half the e-gates are down. blame the rota not us', flags: ['e-gates are down'], why: 'gates down (the staffing count needs a secure site named)' },
    { text: 'New fencing and sensors now cover the whole site except the northern gully section, which is phased for next year.', flags: ['fencing and sensors now cover the whole site except the'], why: 'a named gap in a perimeter' },
    { text: 'Night shift done 🥱 4 of us covering C and D wings at Greyfriars again.', flags: ['4 of us covering'], messageId: 'staffing' },
    { text: 'CCTV on the east gate at the depot has been broken for three weeks and nobody cares.', flags: ['CCTV on the east gate at the depot has been broken'] },
    { text: 'Security door on B wing propped open again so the lads can smoke. Brilliant.', flags: ['Security door on B wing propped open'] },
  ],
});
