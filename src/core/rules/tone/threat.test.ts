// Posts that must and must not trigger the threat rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './threat.ts';

testRule(rule, {
  valid: [
    { text: 'Buying a used car online? I’d think twice before paying anything until you’ve checked its MOT history: gov.uk/check-mot-history', account: 'official', why: 'advice, with no second sign of menace' },
    { text: 'Be careful what you share online: scammers use personal details to guess passwords.', account: 'official' },
    'Kill two birds with one stone: renew your licence and update your address in one go.',
    'Delays on the M6 after a crash near junction 19.',
    'Drink driving kills. Last year 260 people died in crashes where a driver was over the limit.',
    'Watch your step on icy pavements this morning.',
    'We hope your family enjoys the new park.',
    { text: 'The caller said "we know where you live" and police are investigating.', why: 'reported speech' },
    { text: 'Thank you team, you know who you are.', account: 'personal', why: 'thanks, not a threat' },
    { text: 'Think carefully before you share your bank details online.', account: 'official', why: 'safety advice' },
    { text: 'We keep a record of every call to improve our service.', account: 'official' },
    { text: 'Thanks for coming, we’ll see you again next year!', account: 'official', why: 'seeing someone as meeting them' },
    { text: 'We know you’re busy, so the form takes five minutes.', account: 'official', why: 'knowing about the reader is not watching them' },
    { text: 'Mate, I can’t tell you anything. But if I were you I’d hold off until after the Budget 😉', account: 'personal', replyTo: 'Should I buy now?', why: 'a wink beside advice is a hint, not menace' },
    { text: 'It would be a shame if you missed out: apply by Friday.', account: 'official', why: 'a shame for the reader, not harm threatened to what is theirs' },
    { text: 'Anyone putting off the grant might want to get it in before the end of the month 👀 just saying', account: 'personal', why: 'a hint, not a threat' },
  ],
  invalid: [
    { text: 'We know who you are. I’d think twice before posting that again if I were you 😉', replyTo: 'you lot are a joke', flags: ['We know who', 'I’d think twice', 'if I were you'], why: 'advice words beside knowing who someone is and a wink' },
    { text: 'You’ll regret this, trust me.', flags: ['You’ll regret'], severity: 'error' },
    { text: 'Keep posting lies and watch your back.', flags: ['watch your back'] },
    { text: 'Next cyclist who jumps that light is getting my fist in their face.', flags: ['my fist in'] },
    { text: 'We know where you live, remember that.', account: 'official', flags: ['We know where you live'] },
    { text: 'Useless lot. Hope your offices flood next.', flags: ['Hope your offices flood'] },
    { text: 'Fly-tippers, you have been warned: we’re coming for you.', flags: ['we’re coming for you'] },
    { text: 'People like that should be shot.', flags: ['should be shot'], messageId: 'open' },
    { text: 'We’d think very carefully before posting that. We’ve made a note of your account.', account: 'official', replyTo: 'haven’t got a clue lol', flags: ['We’d think very carefully', 'We’ve made a note of your account'], severity: 'error', messageId: 'veiled' },
    { text: 'Keep talking mate. I know exactly who you are.', account: 'personal', replyTo: 'nasty piece of work', flags: ['Keep talking', 'I know exactly who you are'], messageId: 'veiled' },
    { text: 'Funny thing about working at the tax office. We get to see everyone’s returns. Just saying 🙂', account: 'personal', replyTo: 'Try getting a real job.', flags: ['get to see everyone’s', 'Just saying'] },
    { text: 'To the restaurant that keeps ignoring our letters: we know who you are.', account: 'official', flags: ['we know who'] },
    { text: 'We see you 👀 Our cameras WILL find you.', account: 'official', flags: ['We see you', 'Our cameras WILL find you'], messageId: 'veiled', why: 'a watcher, a verb of finding, the reader as object' },
    { text: 'Careful. I looked you up and I know where you work.', account: 'personal', replyTo: 'Civil servants are all lazy', flags: ['I looked you up', 'I know where you work'], messageId: 'veiled' },
    { text: 'Interesting piece. Would be a shame if your FOI requests started taking the full 20 days, wouldn’t it.', account: 'personal', replyTo: 'My story on the agency', flags: ['be a shame if'], messageId: 'veiled' },
    { text: 'Oh, we’ll find out. Enjoy it while it lasts 🚗', account: 'official', replyTo: 'Not taxing my car, what you gonna do', flags: ['we’ll find out', 'Enjoy it while it lasts'] },
  ],
});
