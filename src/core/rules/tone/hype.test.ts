// Posts that must and must not trigger the hype rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './hype.ts';

testRule(rule, {
  valid: [
    { text: 'The employment rate was 75.1%, the highest since records began in 1971.', account: 'official', why: 'a record stated with its source period, no boastful scope' },
    { text: 'The new service opens on Monday. Apply online at gov.uk/apply', account: 'official' },
    { text: 'River levels are at unprecedented levels after heavy rain; follow flood warnings.', account: 'official', why: 'plain description' },
    { text: 'Historic England has listed 12 new buildings this year.', account: 'official' },
    { text: 'The seismic survey of the North Sea starts next week.', account: 'official' },
    { text: 'We met world leaders at the summit to agree new climate targets.', account: 'official' },
    { text: 'The minister said the deal is “world-leading”.', account: 'official', why: 'quoted speech' },
    { text: 'The best way to apply is online at gov.uk/apply', account: 'official', why: 'a superlative without a boast' },
    { text: 'Great opportunity to volunteer this summer.', account: 'official', why: 'no failure to spin' },
    { text: 'Well done to Kev, back at work after his breakdown. Proof that it is never too late.', account: 'official', why: 'a failure owned by a person is their plight, not a failure spun' },
  ],
  invalid: [
    { text: 'School funding is at its highest level in history, and our schools are better funded than any in Europe! 🎉', account: 'official', flags: ['highest level in history, and our schools are better funded than any in Europe'], why: 'a superlative or a comparison with all others, with a boastful scope' },
    { text: 'Our new app is a total GAME-CHANGER and the most revolutionary travel tech ever!', account: 'official', flags: ['GAME-CHANGER', 'revolutionary'], severity: 'warning' },
    { text: 'Delighted to announce a world-leading partnership.', account: 'official', flags: ['Delighted to announce', 'world-leading'] },
    { text: 'A huge boost for rural bus routes.', account: 'official', flags: ['huge boost'] },
    { text: 'An unprecedented investment in skills, the biggest ever.', account: 'official', flags: ['unprecedented', 'biggest ever'] },
    { text: 'This ground-breaking scheme is a historic moment for carers.', account: 'personal', flags: ['ground-breaking', 'historic moment'], severity: 'info' },
    { text: 'Fantastic news for learners.', account: 'official', flags: ['Fantastic news'], messageId: 'hype' },
    { text: 'Our e-gates are the fastest on the planet.', account: 'official', flags: ['fastest on the planet'], severity: 'warning' },
    { text: 'Honestly the best scheme we’ve ever run.', account: 'official', flags: ['best scheme we’ve ever'] },
    { text: 'The IT outage was a great opportunity to try our paper fallback.', account: 'official', flags: ['great opportunity'], why: 'a failure spun as a success' },
    { text: 'This is the fastest route in the world, I reckon.', account: 'personal', flags: ['fastest route in the world'], severity: 'info' },
    { text: 'Our new hub is brilliant.', account: 'official', flags: ['brilliant'], severity: 'warning', why: 'strong praise inside our own phrase' },
    { text: 'Thank you to the pupils who sent us 28 brilliant posters about water safety.', account: 'official', flags: ['brilliant'], severity: 'info', why: 'praise of what others made, after a number: a new phrase, not our boast (only the soft-word advice)' },
    { text: 'We grabbed this brilliant photo of the flooding.', account: 'official', flags: ['brilliant'], severity: 'info', why: 'a determiner opens a new thing after “we”' },
    { text: 'An amazing day with our incredible volunteers.', account: 'official', flags: ['amazing', 'incredible'], severity: 'info' },
  ],
});
