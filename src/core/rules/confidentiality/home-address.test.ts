// Posts that must and must not trigger the home-address rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './home-address.ts';

testRule(rule, {
  valid: [
    { text: 'Our new hub at Unit 4, 12 Mill Lane opens on Monday: drop in for advice.', account: 'official', why: 'a unit number is business premises' },
    { text: 'Our new office at 10 South Colonnade, London E14 4PU opens on Monday.', account: 'official', why: 'department address' },
    { text: 'Join us at 12 High Street, Ashcombe AB1 2CD for our open day.', account: 'official', why: 'venue' },
    { text: 'Flooding reported in the BS1 area; avoid the city centre this evening.', why: 'bare postcode district' },
    { text: 'We delivered 250 Park Road improvements this year.', account: 'official', why: 'no person' },
    { text: 'Postcode checker: enter yours, for example SW1A 1AA, to find your council.', account: 'official' },
    { text: 'The PM met workers at the new Jobcentre, 4 Mill Lane, Leeds.', why: 'public building' },
  ],
  invalid: [
    { text: 'Hi Aisha, we’ve passed your details (Flat 3, 22 Corder Street) to the council’s housing team.', account: 'official', flags: ['Flat 3, 22 Corder Street'], why: 'a flat number is a home, even beside a council' },
    { text: 'Congratulations to Amira, of 9 Elm Grove, Ashcombe, on her award!', account: 'official', flags: ['9 Elm Grove'], severity: 'error' },
    { text: 'The claimant lives at 14a Mill Lane, Fenwick FN3 2QT and has not replied.', flags: ['14a Mill Lane, Fenwick FN3 2QT'] },
    { text: 'Mrs Green at 22 Oak Tree Close has been waiting weeks for a repair.', flags: ['22 Oak Tree Close'] },
    { text: 'Lost cat near 7 Station Road, M1 1AE - please check your sheds!', flags: ['7 Station Road, M1 1AE'] },
    { text: 'Her home address is M14 5RT if anyone wants to send flowers', flags: ['M14 5RT'] },
  ],
});
