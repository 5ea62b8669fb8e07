// Posts that must and must not trigger the politician-attack rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './politician-attack.ts';

testRule(rule, {
  valid: [
    { text: 'The minister visited our Leeds office today to meet apprentices.', account: 'official' },
    'Parliament returns on Monday.',
    { text: 'Ask your local MP or councillor about the scheme.', account: 'official' },
    { text: 'The Chancellor will deliver the Budget on 26 November.', account: 'official' },
    { text: 'The report called the minister’s plan "a shambles", according to the BBC.', why: 'quoted' },
    'My kids think I am useless at maths.',
  ],
  invalid: [
    { text: 'Honestly the minister is clueless.', flags: ['minister'], severity: 'warning' },
    { text: 'Our useless PM strikes again.', flags: ['PM'] },
    { text: 'It’s hard to take a Chancellor seriously when he can’t even add up.', flags: ['Chancellor'] },
    { text: 'Best constituency MP in the country, bar none.', flags: ['MP'] },
    { text: 'The Home Secretary is a laughing stock.', account: 'official', flags: ['Home Secretary'], severity: 'error' },
  ],
});
