// Posts that must and must not trigger the condescension rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './condescension.ts';

testRule(rule, {
  valid: [
    { text: 'Read the guidance before you start your application: gov.uk/apply', account: 'official', why: 'ordinary advice' },
    { text: 'If you’d like help, our Support to Apply service can go through it with you.', account: 'official', replyTo: 'Your form is impossible.' },
    { text: 'Most applications are done within 3 weeks. You can track yours at gov.uk/track', account: 'official', replyTo: '9 weeks and still no passport.' },
    { text: 'If the company still owes money, check the guidance first, as you may need a liquidator.', account: 'official', replyTo: 'How do I close my company?' },
    { text: 'Everything I know about what helps people into work, I learned from them.', account: 'personal' },
    { text: 'Bless you for asking! The form is at gov.uk/form', account: 'official', replyTo: 'Where is the form?' },
    { text: 'We’ve rewritten the letter in plain English. It’s quick and easy to apply online.', account: 'official', why: 'ease of a service, said in a longer sentence' },
    { text: 'Sorry, we weren’t listening closely enough last year. This year we have changed the form.', account: 'official', replyTo: 'You never listen', why: 'inattention owned, not pinned on the reader' },
    { text: 'We know reading is hard for some people with dyslexia, so there is an audio version.', account: 'official', why: 'not a reply: a sincere access note' },
    { text: 'We’ve won this award three times now!', account: 'official', why: 'a count of times without explaining or telling' },
    { text: 'Please drive slowly past the school: children are crossing.', account: 'official', why: 'the manner inside the clause, not an aside' },
    { text: 'Some of us have spent two years on the bypass modelling.', account: 'personal', why: 'our own work, not set against anyone' },
    { text: 'We’ve been told many times that the new form is easier. Thank you!', account: 'official', replyTo: 'Love the new form', why: 'told by others, not our telling counted' },
    { text: 'Maybe try the online form? It’s usually quicker: gov.uk/apply', account: 'official', replyTo: 'How do I apply?', why: 'a hedged question opening the reply is the help itself' },
    { text: 'Sorry about that. Perhaps try again later?', account: 'official', why: 'not a reply' },
  ],
  invalid: [
    { text: 'Sorry you feel that way, but we receive hundreds of applications for each role. Perhaps yours just wasn’t strong enough?', account: 'official', replyTo: 'Rejected again, your process is a joke', flags: ['Perhaps yours just wasn’t strong enough'] },
    { text: 'It didn’t crash. You’re using a phone that hasn’t had an update since 2019. Might be time for an upgrade? 🙂', account: 'official', replyTo: 'Your app crashed again', flags: ['Might be time for an upgrade'] },
    { text: 'Lovely to hear from you again, Gary. Same answer as the last nine times.', account: 'official', replyTo: 'Still waiting', flags: ['Same answer as the last'] },
    { text: 'Every year we explain this, so let’s try once more, slowly: you apply to your council.', account: 'official', flags: ['slowly'], why: 'the manner set off as an aside on the reader' },
    { text: 'Easy to criticise from the sidelines, Steve. Some of us still actually have to deliver this stuff.', account: 'personal', replyTo: 'The programme is a mess', flags: ['Some of us still actually'], severity: 'warning' },
    { text: 'Some of us also work for a living, which is why we close on Saturdays.', account: 'official', replyTo: 'Why are you shut at weekends?', flags: ['Some of us also'] },
    { text: 'Perhaps check your post before tweeting? Details at gov.uk/state-pension-changes', account: 'official', replyTo: 'Why has my pension gone down?', flags: ['Perhaps check your post before tweeting'], severity: 'error', messageId: 'official' },
    { text: 'The toilets close at 5pm. If you’d arrived earlier you wouldn’t have had a problem.', account: 'official', replyTo: 'The toilets were locked. Not acceptable.', flags: ['If you’d arrived earlier you wouldn’t'] },
    { text: 'Plenty of people manage to file on time despite busy lives.', account: 'official', replyTo: 'Fined £750 for filing 2 days late while in hospital.', flags: ['Plenty of people manage to file on time'] },
    { text: 'As we’ve explained many times, letters went out in February.', account: 'official', replyTo: 'Nobody told me anything', flags: ['As we’ve explained'] },
    { text: 'Might be worth reading the whole forecast next time 🙂', account: 'official', replyTo: 'Your forecasts are a joke.', flags: ['Might be worth reading the whole forecast next time'] },
    { text: 'We’ve explained this three times now, but let’s try once more, nice and slowly: you apply online.', account: 'official', flags: ['explained this three times', 'nice and slowly'], why: 'repetition counted, and the reader treated as slow' },
    { text: 'That’s simply not true. We’ve told you three times now.', account: 'official', replyTo: 'You never told me', flags: ['told you three times'] },
    { text: 'It really isn’t that difficult. Step 1 is on the homepage. Let us know if you need it in smaller words.', account: 'official', replyTo: 'Where do I even start?', flags: ['It really isn’t that difficult', 'smaller words'] },
    { text: 'It’s quite simple really 🙂', account: 'official', replyTo: 'This form makes no sense', flags: ['It’s quite simple really'], why: 'a sentence that only says how easy it is' },
    { text: 'The consultation was in every library. Anyone who missed it wasn’t paying attention.', account: 'official', replyTo: 'Nobody told us', flags: ['wasn’t paying attention'] },
    { text: 'We know maths can be tricky, so here are the figures again.', account: 'official', replyTo: 'Your numbers don’t add up', flags: ['maths can be tricky'], why: 'a basic skill called hard, to the person answered' },
    { text: 'Most applications are done within 3 weeks. Check your tracking before blaming us.', account: 'official', replyTo: 'Still no passport, you lot are useless', flags: ['Check your tracking before blaming us'] },
    { text: 'Aw, someone’s jealous. Maybe try getting a job where they value you, sweetie.', account: 'personal', replyTo: 'Why do civil servants get so much leave?', flags: ['Aw', 'someone’s jealous', 'sweetie'], severity: 'warning', messageId: 'personal' },
  ],
});
