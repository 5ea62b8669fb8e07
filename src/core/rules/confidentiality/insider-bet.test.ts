// Posts that must and must not trigger the insider-bet rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './insider-bet.ts';

testRule(rule, {
  valid: [
    { text: 'Put a tenner on Rovers to win tonight ⚽ come on lads', why: 'a bet on football' },
    { text: 'The bookies have the governing party at 1/5 to lose the next election, according to this morning’s papers.', why: 'odds reported, no stake' },
    { text: 'Gambling harm is real. If a bet stops being fun, our helpline is free and confidential.', account: 'official' },
    { text: 'Anyone want to place a bet on how long the office heating stays broken? 🥶', why: 'no government decision' },
    { text: 'Election day is 4 July. Check your polling station at gov.uk/polling-station', account: 'official' },
  ],
  invalid: [
    { text: 'Just stuck £50 on a July election at 8/1. Call it an educated guess 😏', flags: ['Just stuck £50 on'], messageId: 'bet' },
    { text: 'Stuck £100 on a July election this morning. Let’s just say I’ve seen the grid 😏', flags: ['Stuck £100 on'], why: 'no subject before the stake' },
    { text: 'not saying anything but if I was a betting person I’d back an autumn reshuffle 😉', flags: ['if I was a betting person'] },
    { text: 'if youve got money on inflation going down in tmrws release… maybe hedge that bet 👀', flags: ['hedge that bet'] },
    { text: 'Anyone fancy a bet on Wednesday’s inflation number starting with a 4? 😉', flags: ['fancy a bet'] },
    { text: 'Get your money on a spring election before the odds move, that’s all I’ll say', flags: ['Get your money on', 'before the odds move'] },
  ],
});
