// Posts that must and must not trigger the platform-length rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './platform-length.ts';

const A280 = 'a'.repeat(280);
const CJK = `${'日本'.repeat(70)}テスト`; // 143 characters, weighted 286 on X
const LINK = `See ${'x'.repeat(250)} https://www.gov.uk/${'long-path/'.repeat(40)}`;

testRule(rule, {
  valid: [
    { text: A280, platform: 'x', why: 'exactly at the limit' },
    { text: LINK, platform: 'x', why: 'a link counts 23' },
    { text: 'b'.repeat(3000), platform: 'linkedin' },
    { text: 'c'.repeat(2000), platform: 'facebook' },
    { text: 'd'.repeat(5000), why: 'no platform known' },
  ],
  invalid: [
    { text: `${A280}OVER`, platform: 'x', flags: ['OVER'], severity: 'error' },
    { text: CJK, platform: 'x', flags: ['テスト'], why: 'CJK characters weigh 2' },
    { text: `${'b'.repeat(3000)}tail`, platform: 'linkedin', flags: ['tail'] },
    { text: `${'c'.repeat(63206)}end`, platform: 'facebook', flags: ['end'] },
    { text: `${'e'.repeat(279)}🚀🚀`, platform: 'x', flags: ['🚀🚀'], why: 'emoji weigh 2' },
    { text: `${'f'.repeat(280)}${'g'.repeat(119_720)}`, platform: 'x', flags: ['g'.repeat(119_720)], why: 'longer than the engine reads' },
  ],
});
