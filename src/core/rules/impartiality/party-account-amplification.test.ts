// Posts that must and must not trigger the party-account-amplification rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './party-account-amplification.ts';

testRule(rule, {
  valid: [
    { text: 'Read the policy paper at gov.uk/housing-plan', account: 'official' },
    'Thanks @UKParliament for the tour!',
    'The party at @LabourMarketsConf was fun',
    { text: 'Email me at jo@conservatives-club.example', why: 'not the party domain' },
    'See the Electoral Commission at electoralcommission.org.uk',
  ],
  invalid: [
    { text: 'RT @UKLabour: our plan for growth', flags: ['RT @UKLabour'], severity: 'warning' },
    { text: 'Great work from @Conservatives today', account: 'official', flags: ['@Conservatives'], severity: 'error' },
    { text: 'More at https://www.libdems.org.uk/plan', flags: ['https://www.libdems.org.uk/plan'] },
    { text: 'Read the manifesto at labour.org.uk', flags: ['labour.org.uk'] },
    { text: 'Well said @theSNP', flags: ['@theSNP'] },
  ],
});
