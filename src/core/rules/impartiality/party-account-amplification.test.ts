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
    { text: 'As the report says, most claims are paid on time.', account: 'official', why: 'no politician quoted' },
  ],
  invalid: [
    { text: 'RT @UKLabour: our plan for growth', flags: ['RT @UKLabour'], severity: 'warning', messageId: 'account' },
    { text: 'Great work from @Conservatives today', account: 'official', flags: ['@Conservatives'], severity: 'error', messageId: 'account' },
    { text: 'More at https://www.libdems.org.uk/plan', flags: ['https://www.libdems.org.uk/plan'], messageId: 'website' },
    { text: 'Read the manifesto at labour.org.uk', flags: ['labour.org.uk'], messageId: 'website' },
    { text: 'Sharing this from the Lib Dems because it’s spot on about care funding.', flags: ['Sharing this from the Lib Dems'], messageId: 'passOn' },
    { text: 'Great news for Thornby residents, as @JamesCorbettMP says 👇', account: 'official', flags: ['as @JamesCorbettMP says'], messageId: 'passOn' },
    { text: 'RT @Keir_Starmer: Today we delivered free breakfast clubs.', account: 'official', flags: ['RT @Keir_Starmer'], messageId: 'passOn' },
  ],
});
