// Posts that must and must not trigger the unannounced-decision rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './unannounced-decision.ts';

testRule(rule, {
  valid: [
    { text: 'Watch this space: our next webinar on apprenticeships is coming soon.', why: 'teaser with no decision' },
    { text: 'The partnership between us and local councils has never been stronger.', why: '"between us" in a sentence' },
    { text: 'Today the minister announced £20m for rural bus routes. Read more: gov.uk/rural-buses' },
    { text: 'On the record: we publish all our spending over £25,000 every month.' },
    { text: 'Ministers decided in 2019 to fund the scheme; the final phase opens today.', why: 'published history' },
    { text: 'Just finished reading Between Us, a brilliant novel about two sisters.', why: 'a title' },
    { text: 'Stay tuned for our live Q&A on Thursday at 2pm.', account: 'official' },
    { text: 'Today’s Budget will see fuel duty frozen for another year, the Chancellor confirmed.', why: 'already public' },
    { text: 'The word is out: applications for the new scheme are open! Big news for apprentices.' },
  ],
  invalid: [
    { text: 'Can’t say much yet, but next week’s announcement will make a lot of teachers very happy 😉', flags: ['Can’t say much yet', 'next week’s announcement will'] },
    { text: 'Between us, the reshuffle is happening on Friday.', flags: ['Between us'] },
    { text: 'Minister’s decided to scrap the coastal rail link. Announcement on Monday.', account: 'personal', flags: ['Minister’s decided'], why: 'contracted "has"' },
    { text: 'Off the record: the new towns list has already been agreed.', flags: ['Off the record'] },
    { text: 'You didn’t hear it from me but Ashcombe is getting the new hospital.', flags: ['You didn’t hear it from me'] },
    { text: 'Watch this space... big news from the minister on bus fares next week!', flags: ['Watch this space', 'big news'] },
    { text: 'Word is the minister has decided to scrap the pilot. Keep this quiet!', flags: ['Word is', 'the minister has decided', 'Keep this quiet'] },
    { text: 'Busy day getting everything ready ahead of the announcement on Tuesday 🤫', flags: ['ahead of the announcement', '🤫'] },
    { text: 'The minister has decided to approve the Calder Heath scheme. Read the decision letter on GOV.UK.', account: 'official', flags: ['The minister has decided'], severity: 'info', why: 'official announcement is only advice' },
    { text: 'I know the contract winner already 😉 announcement Monday, you’ll be surprised', flags: ['I know the contract winner already'] },
    { text: 'The PM’s speech tomorrow will confirm the new housing target of 1.5 million.', flags: ['speech tomorrow will confirm'] },
    { text: 'The new hospital is going to Ashcombe. Decision made last week, announcement in January.', flags: ['Decision made'] },
    { text: 'Great meeting today, the Chancellor is going to announce free bus travel in the Budget 🚌', flags: ['the Chancellor is going to announce'] },
  ],
});
