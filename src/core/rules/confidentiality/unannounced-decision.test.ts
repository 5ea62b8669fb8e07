// Posts that must and must not trigger the unannounced-decision rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './unannounced-decision.ts';

testRule(rule, {
  valid: [
    { text: 'It was agreed at the council meeting in 2019 that the park would stay open.', account: 'personal', why: 'history, nothing to come' },
    { text: 'Watch this space: our next webinar on apprenticeships is coming soon.', why: 'teaser with no decision' },
    { text: 'The partnership between us and local councils has never been stronger.', why: '"between us" in a sentence' },
    { text: 'Today the minister announced £20m for rural bus routes. Read more: gov.uk/rural-buses' },
    { text: 'On the record: we publish all our spending over £25,000 every month.' },
    { text: 'Ministers decided in 2019 to fund the scheme; the final phase opens today.', why: 'published history' },
    { text: 'Just finished reading Between Us, a brilliant novel about two sisters.', why: 'a title' },
    { text: 'Stay tuned for our live Q&A on Thursday at 2pm.', account: 'official' },
    { text: 'Today’s Budget will see fuel duty frozen for another year, the Chancellor confirmed.', why: 'already public' },
    { text: 'The word is out: applications for the new scheme are open! Big news for apprentices.' },
    { text: 'Sorry to hear that. Between you and me, a lot of them find the job hard too.', account: 'official', why: 'an aside with an opinion, no news' },
    { text: 'The next release is at 9.30am on Thursday. We can’t share anything before then, but we’re happy to arrange briefings afterwards.', why: 'a refusal says nothing about what is coming' },
    { text: 'Not allowed to tell you who to vote for on Thursday... but let’s just say it rhymes with something 😉', why: 'a hint about a vote is impartiality, not a leak' },
    { text: 'Decisions on expansion bids will be announced in the spring. We’ll post the list here when it’s published.', account: 'official', why: 'a published timetable' },
  ],
  invalid: [
    { text: 'Big news 📢 From April, prescription charges will be frozen for a second year. Full details: gov.uk/prescriptions', account: 'official', flags: ['Big news'], severity: 'info', why: 'a department trailing its own news is only worth a note' },
    { text: 'Big news coming for the Ashton depot next week 👀 can’t say more', flags: ['Big news', 'can’t say more'], why: 'the same teaser on a personal account hints at news from inside' },
    { text: 'Yes, everyone will get a full refund, it was agreed on Friday. Letters going out in the next couple of weeks.', account: 'personal', flags: ['it was agreed'], messageId: 'decision', why: 'an agentless decision told from inside' },
    { text: 'Can’t say much yet, but next week’s announcement will make a lot of teachers very happy 😉', flags: ['Can’t say much'], messageId: 'hint' },
    { text: 'Between us, the reshuffle is happening on Friday.', flags: ['Between us'], messageId: 'confide' },
    { text: 'Minister’s decided to scrap the coastal rail link. Announcement on Monday.', account: 'personal', flags: ['Minister’s decided to'], messageId: 'decision' },
    { text: 'Off the record: the new towns list has already been agreed.', flags: ['Off the record'] },
    { text: 'You didn’t hear it from me but Ashcombe is getting the new hospital.', flags: ['You didn’t hear it from me'] },
    { text: 'Watch this space... big news from the minister on bus fares next week!', flags: ['big news'], messageId: 'hint' },
    { text: 'Word is the minister has decided to scrap the pilot. Keep this quiet!', flags: ['Word is', 'minister has decided', 'Keep this quiet'] },
    { text: 'Busy day getting everything ready ahead of the announcement on Tuesday 🤫', flags: ['🤫'] },
    { text: 'The minister has decided to approve the Calder Heath scheme. Read the decision letter on GOV.UK.', account: 'official', flags: ['minister has decided'], severity: 'info', why: 'official announcement is only advice' },
    { text: 'The PM’s speech tomorrow will confirm the new housing target of 1.5 million.', flags: ['PM’s speech tomorrow will confirm'], messageId: 'foretell' },
    { text: 'The new hospital is going to Ashcombe. Decision made last week, announcement in January.', flags: ['Decision made'], messageId: 'decision' },
    { text: 'Great meeting today, the Chancellor is going to announce free bus travel in the Budget 🚌', flags: ['Chancellor is going to announce'] },
    { text: 'We can’t officially say anything yet, but let’s just say you won’t be hearing those jets for much longer 😉', account: 'official', flags: ['can’t officially say', 'let’s just say'], severity: 'warning', why: 'official accounts leak too' },
    { text: 'Pay award’s been agreed internally at 4.5% btw. They’ll announce it in July.', flags: ['been agreed'], messageId: 'decision' },
    { text: 'Not saying anything I shouldn’t but... anyone putting off applying for the grant might want to get it in before the end of the month 👀', flags: ['Not saying anything I shouldn’t'] },
    { text: 'Strong rumour in the building is we’ll have a new Secretary of State by Friday 👀', flags: ['Strong rumour'], messageId: 'rumour' },
  ],
});
