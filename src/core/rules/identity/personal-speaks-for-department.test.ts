// Posts that must and must not trigger the personal-speaks-for-department rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './personal-speaks-for-department.ts';

const land = { department: 'HM Land and Property Register', handles: ['@HMLPR'] };

testRule(rule, {
  valid: [
    { text: "We're scrapping the old shed this weekend and putting up a greenhouse.", account: 'personal', why: 'a family "we"' },
    { text: 'We will have your dinner ready by six, love.', account: 'personal' },
    { text: 'I’m not posting on behalf of HM Land and Property Register, but the fees table is at gov.uk/land-fees.', settings: land, why: 'a disclaimer' },
    'We’ll fix the garden fence this weekend, weather permitting.',
    { text: 'I can confirm I’ll be at the parkrun on Saturday!', why: 'personal plans' },
    { text: 'We will refund you within 14 days.', account: 'official', why: 'an official account speaks for the department' },
    { text: 'The government published its response to the consultation today: gov.uk/response', why: 'reporting a published position' },
    { text: 'Officially the best cake I have ever eaten.', why: '"officially" as emphasis' },
    { text: 'The minister said "the department will refund everyone affected".', why: 'quoted' },
  ],
  invalid: [
    { text: "Good news for hauliers: from April we're scrapping the paper permit for abnormal loads.", account: 'personal', flags: ["we're scrapping"], why: 'announcing a change as "we"' },
    { text: 'We will definitely have your visa decisions out by Friday. I’ve had a word with the team.', account: 'personal', flags: ['We will definitely have your visa decisions out'] },
    { text: 'Don’t worry, the agency will refund you in full.', flags: ['the agency will refund'], severity: 'warning' },
    { text: 'Restriction on your property title? Just fill in form RX4 and we’ll process it for free.', settings: land, flags: ['we’ll process'] },
    { text: 'Speaking on behalf of the department, we apologise for the delays.', flags: ['on behalf of the department'] },
    { text: 'On behalf of HM Land and Property Register, I can confirm fees are not changing.', settings: land, flags: ['On behalf of HM Land and Property Register'] },
    { text: 'Officially, the department’s position is that the scheme will continue.', flags: ['Officially', 'the department’s position is'] },
    { text: 'I can confirm the government will extend the deadline.', flags: ['I can confirm the government'] },
    { text: 'Sorry about your application. HMLPR will definitely waive the fee.', settings: land, flags: ['HMLPR will definitely waive'] },
    { text: 'Send me your reference and I’ll sort it out for you, the department owes you that.', flags: ['I’ll sort it'] },
  ],
});
