// Posts that must and must not trigger the insult rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './insult.ts';

testRule(rule, {
  valid: [
    'Get a grip on your finances with our free budgeting tool: gov.uk/budgeting',
    'Watching children grow up is a joy. Find out about childcare support at gov.uk/childcare',
    'Our vets can advise on treating gut parasites in sheep and cattle.',
    'Old paper forms are now useless: apply online at gov.uk/apply instead.',
    { text: 'The caller said "you are all idiots" and we have reported it.', why: 'quoted abuse is reporting' },
    'Why does the government keep cutting adult education? Ridiculous.',
    'The survey says more about your area than any map can.',
    'Our tomatoes 🍅 grow up to two metres in a good summer.',
    'Rat and vermin control advice for landlords is on our website.',
    { text: "If you're struggling, you're not lazy and you're not alone.", why: 'the word denied of the reader, as reassurance' },
    { text: 'You are not an idiot for asking. Everyone gets this wrong.', why: 'denied with an article between' },
    { text: "Don't let it go to waste: claim your free hours at gov.uk/childcare", why: 'not a command on its own' },
    { text: 'People who get worked up about it need a new hobby 🍍', why: 'a hobby suggested inside a sentence, not a stand-alone command' },
    'Our lawyers and activists worked together on the new access guide.',
    'Scroll up for the full timetable.',
  ],
  invalid: [
    { text: 'We replied at 16:02 yesterday. Scroll up.', account: 'official', replyTo: 'No reply yet??', flags: ['Scroll up'] },
    { text: 'Your department is run by incompetent idiots. Pathetic.', flags: ['incompetent', 'idiots', 'Pathetic'], severity: 'warning' },
    { text: 'For the hundredth time: the deadline is 31 January.', account: 'official', flags: ['For the hundredth time'], severity: 'error' },
    { text: 'What’s pathetic is posting abuse from behind an anonymous profile. Grow up.', account: 'official', flags: ['pathetic', 'Grow up'], severity: 'error' },
    { text: 'Anyone voting for them next week needs their head examined.', flags: ['needs their head examined'] },
    { text: 'You lot at the agency are useless parasites. Clowns.', flags: ['useless', 'parasites', 'Clowns'] },
    { text: 'Actually, if you’d bothered to read our report you’d know the answer.', account: 'official', flags: ['if you’d bothered'] },
    { text: 'Get a grip, mate! The minister is clueless.', flags: ['Get a grip', 'clueless'] },
    { text: 'Says the bloke whose profile is all memes 😂 Enjoy your bitter little life.', flags: ['Says the bloke whose', 'bitter little'] },
    { text: 'Avoid them at all costs. Thieving scumbags.', flags: ['scumbags'] },
    { text: 'You are such a liar and a hypocrite', flags: ['liar', 'hypocrite'] },
    { text: 'Comparing our officers to Nazis says far more about you than it ever could about us.', account: 'official', flags: ['says far more about you'], why: 'a put-down turning the charge on the person' },
    { text: 'Bold words from a man whose last job was at his mum’s garage 😂 Pipe down, Kev.', account: 'personal', replyTo: 'lazy scroungers', flags: ['Pipe down'], why: 'a command on its own after an emoji' },
    { text: "Don't be an idiot, just fill in the form.", flags: ['idiot'], why: 'a command, not a denial' },
    { text: 'To the man who rang 11 times today: we are not a newspaper. Please find a hobby.', flags: ['find a hobby'], why: 'a dismissal as a stand-alone command' },
    { text: 'mate, you lost. let it go 😂', flags: ['let it go'] },
    { text: 'Activist lawyers and do-gooders will not stop us.', account: 'official', flags: ['Activist lawyers', 'do-gooders'], severity: 'error', why: 'a slur on a profession or on people who help' },
    { text: 'Fantasy football update: Dave’s team is an absolute disgrace. Love you mate x', flags: ['disgrace'], severity: 'info', why: 'a fond close makes it banter between friends: advice only' },
    { text: 'Dave’s team is an absolute disgrace. Love you mate x', account: 'official', flags: ['disgrace'], severity: 'error', why: 'an official account does not banter' },
  ],
});
