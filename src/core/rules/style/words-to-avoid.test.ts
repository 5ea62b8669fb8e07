// Posts that must and must not trigger the words-to-avoid rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './words-to-avoid.ts';

testRule(rule, {
  valid: [
    'Lost your front door key? Ask your landlord for a spare.',
    'Fishing tackle and bait shops reopen on Saturday.',
    'We deliver leaflets to every home in the area.',
    'Drive carefully in fog and leave extra room.',
    'Key Stage 2 results are out today.',
    'Follow #TransformingCare for updates from gov.uk/drive-safely',
    'The agenda for the meeting is on our website.',
  ],
  invalid: [
    { text: 'We will deliver a robust plan going forward.', flags: ['deliver', 'robust', 'going forward'], severity: 'info' },
    { text: 'This will drive growth and empower communities.', flags: ['drive', 'empower'] },
    { text: 'In order to apply, utilise the online form.', flags: ['In order to', 'utilise'] },
    { text: 'A key step to tackle fraud and streamline claims.', flags: ['key', 'tackle', 'streamline'] },
    { text: 'We will leverage our overarching strategy to facilitate change.', flags: ['leverage', 'overarching', 'facilitate'] },
    { text: 'A new one-stop shop for business support.', flags: ['one-stop shop'] },
  ],
});
