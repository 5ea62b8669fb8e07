// Posts that must and must not trigger the date-of-birth rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './date-of-birth.ts';

testRule(rule, {
  valid: [
    { text: 'Charles Dickens was born on 7 February 1812 in Portsmouth.', why: 'historic' },
    { text: 'Never post your date of birth on social media: fraudsters use it.' },
    { text: 'Check your date of birth is correct on your driving licence.' },
    { text: 'The NHS was born on 5 July 1948.', why: 'an institution' },
    { text: 'Deadline: 31/01/2026 for Self Assessment returns.' },
  ],
  invalid: [
    { text: 'Customer Jane Doe, DOB 12/03/1985, has a question about her claim.', flags: ['DOB 12/03/1985'], severity: 'error' },
    { text: 'Her date of birth: 3 March 1990 (so she qualifies).', flags: ['date of birth: 3 March 1990'] },
    { text: 'D.O.B. 01-02-79 and postcode please', flags: ['D.O.B. 01-02-79'] },
    { text: 'Our apprentice Sam was born on 14th May 2003 and already runs the team!', flags: ['born on 14th May 2003'], severity: 'warning' },
    { text: 'dob is 1988-11-23', flags: ['dob is 1988-11-23'] },
    { text: 'Dear Mr O’Neill, your date of birth (14/07/1958) doesn’t match our records.', account: 'official', flags: ['date of birth (14/07/1958'] },
  ],
});
