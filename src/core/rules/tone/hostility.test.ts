// Posts that must and must not trigger the hostility rule: harsh judgements aimed at people, not hard words about things.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './hostility.ts';

testRule(rule, {
  valid: [
    { text: 'Reckless drivers who use their phones at the wheel put lives at risk. It’s illegal and you could get 6 points.', account: 'official', why: 'a class defined by its misconduct, in a safety warning' },
    { text: 'Drink drivers are selfish and dangerous. This Christmas, don’t risk it.', account: 'official' },
    { text: 'We asked journalists about misinformation on vaccines.', account: 'official', why: 'the target is the topic’s audience, not its source' },
    { text: 'Scammers are spreading misinformation about tax refunds.', account: 'official', why: 'a class of wrongdoer, not a named body' },
    { text: 'Ofcom has published new guidance on tackling misinformation.', account: 'official' },
    { text: 'If you’re worried someone is being exploited, call the helpline.', account: 'official', why: 'a passive says what is done to them' },
    { text: 'The clocks go back on Sunday: a good time to test your smoke alarm.', account: 'official', why: 'what the reader owns, not a judgement of them' },
    { text: 'I felt awful after the news, so sad for the families.', account: 'personal', why: 'feelings, not a judgement of anyone' },
    { text: 'Flooding is a serious hazard: stay away from rivers.', account: 'official', why: 'a hazard word about weather' },
    { text: 'We are disappointed by the delays and sorry for the disruption.', account: 'official', why: 'regret about a service' },
    { text: 'The scammers behind these texts are criminals.', account: 'official', why: 'a warning about fraud, not a judgement of the public' },
    { text: 'Sorry to hear you had a bad experience. Please DM us your reference.', account: 'official', replyTo: 'you are useless', why: 'a calm answer to a hostile post' },
    { text: 'The weather was miserable but the team were brilliant.', account: 'official' },
    { text: 'A letter marked OFFICIAL is normal business. It doesn’t mean you’re in trouble.', account: 'official', replyTo: 'Why have I got this letter?', why: 'the verdict denied, as reassurance' },
    { text: 'Bid-rigging cheats customers and taxpayers.', account: 'official', why: 'a verb before the noun, not an adjective judging it' },
    { text: 'Shameful. Three more bus routes cut in my town.', account: 'personal', why: 'a one-word verdict on one’s own account is the writer’s business' },
    { text: 'Abuse of our staff is unacceptable and offensive behaviour will be reported.', account: 'official', why: 'a sentence with a subject and verb, about behaviour' },
    { text: 'We can’t discuss your case here, but you’re welcome to complain formally: gov.uk/complain', account: 'official', replyTo: 'Disgraceful service', why: 'a permission, not a verdict' },
    { text: 'A man has been charged with gross negligence manslaughter after the death of a worker.', account: 'official', why: 'what the law did to him, not a verdict on him' },
    { text: 'Our new podcast on rural life is out of touch with nothing: listen at gov.uk/podcast', account: 'official', why: 'a vice phrase inside a sentence, not a verbless verdict' },
  ],
  invalid: [
    { text: 'Unbelievable arrogance. Can you imagine having to work with people like this?', account: 'official', flags: ['Unbelievable arrogance'], messageId: 'outburst', why: 'a vice as a noun, in a verbless verdict' },
    { text: 'Arrogant and out of touch.', account: 'official', flags: ['Arrogant and out of touch'], messageId: 'outburst' },
    { text: 'Tidewatch once again spreading misinformation to rattle their fundraising tin.', account: 'official', flags: ['misinformation'], why: 'bad faith imputed to a named body' },
    { text: 'We don’t comment on speculation peddled by hacks looking for a cheap headline.', account: 'official', flags: ['peddled'] },
    { text: 'Shame on the so-called ‘human rights’ brigade for putting criminals before victims.', account: 'official', flags: ['so-called'] },
    { text: 'Reform voters are clueless, simple as that.', account: 'personal', flags: ['clueless'], why: 'contempt for a party’s voters is tone as well as impartiality' },
    { text: 'Frankly the minister is incompetent.', account: 'personal', flags: ['incompetent'], severity: 'warning', messageId: 'personal' },
    { text: 'Your comment is biased nonsense.', account: 'official', replyTo: 'The scheme is a joke', flags: ['biased nonsense'], severity: 'error', messageId: 'official' },
    { text: 'Our critics are hopelessly ignorant about how this works.', account: 'official', flags: ['ignorant'], severity: 'error' },
    { text: 'You clearly have no idea, your argument is ridiculous.', account: 'official', replyTo: 'this policy is bad', flags: ['ridiculous'] },
    { text: 'Colleagues in finance are so arrogant and rude.', account: 'personal', flags: ['arrogant and rude'] },
    { text: 'Smug, arrogant and frankly offensive. Try working alongside people like that.', account: 'official', flags: ['Smug, arrogant and frankly offensive'], messageId: 'outburst', why: 'a verbless verdict on someone’s character from a department' },
    { text: '@daveR your post is dishonest rubbish.', account: 'personal', flags: ['dishonest rubbish'] },
  ],
});
