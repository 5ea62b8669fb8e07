// Posts that must and must not trigger the private-court rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './private-court.ts';

testRule(rule, {
  valid: [
    { text: 'Jury service all week 😴 can’t say anything about the case obviously, but the tea’s terrible.', why: 'jury service with no one picked out' },
    { text: 'The results of our consultation on remote hearings in the family court are published today.', account: 'official', why: 'a department’s news about the courts' },
    { text: 'My sister’s been through the family court this year and her kids have been amazing through it all.', why: 'the writer’s own family’s case' },
    { text: 'Family court today. Long one. Home now with a cuppa and not thinking about work.', why: 'a hard day, nobody described' },
    { text: 'Jury service tips from a court usher: bring a book, bring a charger, and don’t google the case.', why: 'advice, no juror picked out' },
  ],
  invalid: [
    { text: 'Family court today. Dad turned up without a lawyer, mum’s new boyfriend sat at the back, and two little girls aged 4 and 7 stuck in the middle.', flags: ['Family court'], messageId: 'parties' },
    { text: 'family court again today 🙄 mum turned up off her face for the third hearing in a row. kids are with their nan in Brackley now', flags: ['family court'], messageId: 'parties', why: 'the parties and where the children are' },
    { text: 'Youth court this morning: the lad’s mum was in tears, and he’s only 15 years old.', flags: ['Youth court'], messageId: 'parties', why: 'a youth defendant described' },
    { text: 'Court usher life: juror 7 on the Pellow trial nodded off during the defence closing AGAIN 😂', flags: ['juror 7'], messageId: 'juror' },
    { text: 'The juror with the tattoo on the Harwood trial was texting all afternoon.', flags: ['juror'], messageId: 'juror', why: 'a juror picked out by how they look' },
  ],
});
