// Posts that must and must not trigger the needless-negativity rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './needless-negativity.ts';

testRule(rule, {
  valid: [
    { text: 'We know you’re fed up with the delays. Here’s what we’re doing about them: gov.uk/rail-recovery', account: 'official', why: 'the reader is fed up; the account acknowledges it and helps' },
    { text: 'We know waiting is frustrating. Current processing times are on our website.', account: 'official' },
    { text: 'Some people may be eligible for extra help: check at gov.uk/help', account: 'official' },
    { text: 'We will keep working as long as it takes to restore power.', account: 'official' },
    { text: 'Tax your car. It’s the law, and it takes 5 minutes online.', account: 'official' },
    { text: 'Anyone can apply, whatever your age.', account: 'official' },
    { text: 'If that’s based on your tax code, call us.', account: 'official', why: 'not a verdict on the reader' },
    { text: 'Carers deserve the support they need, and the least we can do is make the form simple.', account: 'official', why: 'what people deserve, said warmly' },
    { text: 'The museum closed for the last time in 2019.', account: 'official', why: 'a plain fact' },
    { text: 'Our will to help you is as strong as ever.', account: 'official' },
  ],
  invalid: [
    { text: 'Honestly, everything is broken today. Trains, signals, the website, our will to live 😩', account: 'official', flags: ['our will to live'], messageId: 'grumble', why: 'a grumble that names its owner' },
    { text: 'Not gonna lie, we’re as fed up with the A38 roadworks as you are 😤', account: 'official', flags: ['fed up'], messageId: 'grumble' },
    { text: 'Missed the deadline? Not our problem.', account: 'official', flags: ['Not our problem'], severity: 'warning' },
    { text: 'We’re dealing with thousands of applications and yours is no more special than anyone else’s.', account: 'official', flags: ['yours is no more'] },
    { text: 'Not our job, sorry. Ask the council.', account: 'official', flags: ['Not our job'], messageId: 'official' },
    { text: 'If you ignored the reminders, you only have yourself to blame.', account: 'official', flags: ['you only have yourself to blame'] },
    { text: 'If you haven’t kept your account up to date, that’s really on you.', account: 'official', replyTo: 'You stopped my payment', flags: ['that’s really on you'] },
    { text: 'Today’s £12m penalty is frankly the least they deserve.', account: 'official', flags: ['the least they deserve'], why: 'gloating over a penalty' },
    { text: 'Yet another driver who thinks parking rules are optional.', account: 'official', flags: ['Yet another driver who'] },
    { text: 'How many more times: the form is online.', account: 'personal', flags: ['How many more times'], severity: 'info' },
  ],
});
