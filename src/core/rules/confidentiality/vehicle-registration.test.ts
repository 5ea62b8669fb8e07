// Posts that must and must not trigger the vehicle-registration rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './vehicle-registration.ts';

testRule(rule, {
  valid: [
    'Our office is at 10 Victoria Street, SW1H 0NB.',
    'Tax your vehicle online at gov.uk/vehicle-tax: you will need the 11-digit reference from your V5C.',
    { text: 'Room B12 ABC is booked for the induction.', why: 'a prefix-looking code with no vehicle near' },
    { text: 'Gate F12 opens at noon; follow the signs from Terminal 3.', why: 'a gate number' },
    { text: 'Our new number plate rules: see gov.uk/displaying-number-plates for the fonts and spacing allowed.', account: 'official' },
    { text: 'Use reference code AB12CD3 when you call.', why: 'not a plate shape' },
  ],
  invalid: [
    { text: 'Thanks for reporting. The driver of the white van, registration KP19 XRT, has been warned about the bus lane.', account: 'official', flags: ['KP19 XRT'], messageId: 'plate' },
    { text: 'Whoever owns BD51SMR, you have parked across my drive again.', flags: ['BD51SMR'] },
    { text: 'Silver Astra, reg P482 KLT, keeps parking in the disabled bay outside the jobcentre.', flags: ['P482 KLT'], why: 'the older prefix format beside a vehicle' },
    { text: 'Caught the car LR68 WXY doing 50 past the school again.', flags: ['LR68 WXY'] },
    { text: 'Claimant turned up in a brand new Range Rover (YG70 HNP) to say he can’t afford the bus.', flags: ['YG70 HNP'] },
  ],
});
