// Posts that must and must not trigger the party-political-stance rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './party-political-stance.ts';

testRule(rule, {
  valid: [
    'The Labour government of 1945 founded the NHS.',
    'The Conservative Party conference is in Manchester next week.',
    'New labour market statistics are out today: gov.uk/labour-market',
    { text: 'A conservative estimate puts the cost at £2m, which is great value.', why: 'lower-case ordinary word' },
    { text: 'Great to see the Green Belt protected and more green energy.', why: 'not the Green Party' },
    { text: 'The Labour Market Survey shows great progress.', account: 'official', why: 'a survey name' },
    { text: 'Reform of the benefits system is a great step.', why: 'reform is not Reform UK' },
    { text: 'She said "the Tories are a disgrace" at the rally.', why: 'quoting is reporting' },
  ],
  invalid: [
    { text: 'Thanks to the hard work of Conservative councillors, 400 homes are coming.', account: 'official', flags: ['Conservative'], severity: 'error' },
    { text: 'Show your support for Labour’s plan for skills.', account: 'official', flags: ['Labour'], severity: 'error' },
    { text: 'Reform UK would wreck this country.', flags: ['Reform UK'], severity: 'warning' },
    { text: 'The Lib Dems have completely lost the plot on school funding.', flags: ['Lib Dems'] },
    { text: 'The Tories are an absolute shambles.', flags: ['Tories'] },
    { text: 'Proud to support the Lib Dems this year.', flags: ['Lib Dems'] },
    { text: 'Today’s funding delivers on the Conservatives’ promise to rural areas.', account: 'official', flags: ['Conservatives'] },
  ],
});
