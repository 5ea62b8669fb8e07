// Posts that must and must not trigger the sarcasm rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './sarcasm.ts';

testRule(rule, {
  valid: [
    { text: 'We’d expect nothing less from our brilliant lifeboat crews. Thank you!', account: 'official', why: 'said and meant, about our own people' },
    { text: 'Never change, Kelby. 12 years of the best Christmas market in the county 🎄', account: 'official' },
    { text: 'Funny how things work out: I met my best friend on my first day at the agency.', why: '“funny how” about nothing bad is just a saying' },
    { text: 'Sorry for the wait, Sam. Your licence was posted yesterday and should arrive by Friday. Have a lovely day 😊', account: 'official', replyTo: 'Where is my licence??', why: 'a courtesy after help' },
    { text: 'Maybe try the online form, it’s usually quicker. Have a nice day!', account: 'official', replyTo: 'How do I renew?', why: 'a suggestion alone is help, not a dig' },
    'Great news: another 300 apprenticeships are open from today.',
    'Yet another record year for organ donation. Thank you to every donor family.',
    { text: 'Thank you to everyone who taught me how to write a clear sentence, answer a hostile question with a straight face, and keep the tea urn going.', why: 'thanks for something good; the hard word is far from “who”' },
    'Right, here is how to renew your passport online: gov.uk/renew-passport',
    { text: 'Well done to our team 👏 for 10 years of the helpline.', why: 'applause is not mockery' },
    { text: 'Speed is measured in m/s in the report.', why: 'a unit, not /s' },
    { text: 'Your kind messages made my day. Thank you all.', account: 'official' },
    { text: 'If you think someone is claiming benefits they’re not entitled to, report it online.', account: 'official' },
    { text: 'The guidance says the deadline is 31 January.', account: 'official', why: '“says the” mid-sentence' },
  ],
  invalid: [
    { text: 'Another fact-free hit piece from @kirstyfallon_news. We’d expect nothing less.', account: 'official', flags: ['We’d expect nothing less'], why: 'aimed at a named journalist' },
    { text: 'We’ll take that as a compliment from someone who clearly has a lot of time on their hands. Have a lovely day 😊', account: 'official', replyTo: 'you lot are useless', flags: ['Have a lovely day'], why: 'a courtesy after a jab' },
    { text: 'Not sure name-calling will speed things up, but thanks for the feedback 👍 Maybe try applying online next time like everyone else.', account: 'official', replyTo: 'you absolute clowns', flags: ['thanks for the feedback'] },
    { text: 'Oh great, another consultation. Can’t wait.', account: 'official', flags: ['Oh great, another'], severity: 'warning' },
    { text: 'Yeah right, like that will ever happen', flags: ['Yeah right'], severity: 'info' },
    { text: 'The trains will definitely be on time tomorrow /s', flags: ['/s'] },
    { text: 'Great job to the genius who parked across the gritter bay this morning.', account: 'official', flags: ['to the genius who'] },
    { text: 'Yet another day, yet another driver who forgot to tax their car 🙄', account: 'official', flags: ['Yet another day', '🙄'] },
    { text: 'Shock horror, the website is down again.', flags: ['Shock horror'] },
    { text: 'Thanks for nothing. Said no one ever.', flags: ['Thanks for nothing', 'Said no one ever'] },
    { text: 'Queues at Heathrow? What queues? Our e-gates are quick.', account: 'official', flags: ['What queues?'], messageId: 'mockery' },
    { text: 'Nine whole weeks? Goodness.', account: 'official', replyTo: '9 weeks and still no passport.', flags: ['Nine whole weeks'] },
    { text: 'Imagine complaining about doing 34 in a 30 instead of just slowing down.', account: 'official', replyTo: 'speeding ticket, absolute joke', flags: ['Imagine complaining'] },
    { text: 'Universal Credit claimants moaning about the five week wait 🙄', account: 'personal', flags: ['moaning', '🙄'], severity: 'warning' },
    { text: 'Absolutely sick of entitled ‘customers’ who think screaming at my team will help.', account: 'personal', flags: ['sick of', '‘customers’', 'screaming at'], why: 'scare quotes around the people served are mockery too' },
    { text: 'To everyone who ignored yesterday’s ice warning and then asked us why the roads were slippery: 🙃', account: 'official', flags: ['To everyone who', '🙃'], why: 'the misdeed right after “who”' },
    { text: 'Shout out to the 4,000 people who tried to tax a car they’d sold 👏 Never change.', account: 'official', flags: ['Never change'] },
    { text: 'Third system crash before lunch 🙄 Send biscuits.', account: 'personal', flags: ['🙄'], severity: 'info', why: 'an eye-roll alone on a personal account is advice' },
  ],
});
