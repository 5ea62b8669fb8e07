// Posts that must and must not trigger the copyright-material rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './copyright-material.ts';

const longArticle = `${'Councils across the region reported a rise in applications this year, with officials saying demand had outstripped supply. '.repeat(7)}\n© 2025 Eastmoor Gazette. All rights reserved.`;
const longCrown = `${'Find out what support is available for your energy bills and how to apply online in a few minutes. '.repeat(8)}\n© Crown copyright`;

testRule(rule, {
  valid: [
    { text: 'Passport fees are set to cover the cost of processing. Watch our video explainer: gov.uk/passport-fees', account: 'official', why: '“set to” a purpose, not to music' },
    { text: 'Our new video is set to a licensed track from our music library 🎶', account: 'official', why: 'licensed' },
    { text: 'Our road safety film is set to music composed for us by pupils at Hadley School 🎶', account: 'official', why: 'music made for us' },
    { text: 'Our annual report is out today: here’s the full report, with the regional tables: gov.uk/annual-report-2025', account: 'official', why: 'the department’s own publication' },
    'Read the full report at gov.uk/flood-review',
    'I read the whole book in one sitting, highly recommend it.',
    { text: '© Crown copyright 2025', account: 'official', why: 'short Crown copyright line' },
    longCrown,
    'Great review of the new guidance in the Gazette: gazette.example/review',
    'Chapter 3 of the guidance explains how to appeal.',
    { text: 'Here’s the full list of film screenings at the festival this weekend.', account: 'official', why: 'a list, not the work' },
    { text: 'Here’s the full report on river quality: gov.uk/river-quality', account: 'official' },
    { text: 'Here’s the full paperwork checklist for your application.', account: 'official', why: 'a word that only starts like a work' },
    { text: 'The full Road Safety Guide is attached below.', account: 'official', why: 'a department’s own guide, with no price and nothing free about it' },
    { text: 'Download the complete Highway Code guide free at gov.uk/highway-code', account: 'official', why: '“free” on a gov.uk link is the department’s own' },
    { text: 'I read it usually on the train, the whole thing in a week, and it cost £8.', why: 'a price said of a purchase, not of a shared work' },
    { text: 'Lovely photos from today’s Armed Forces Day parade in Fenwick 📸', account: 'official', why: 'our own photos of an event, no drawing out of a paper' },
    { text: 'Great shot of the new bridge. Took it myself, found it on my phone this morning!', why: 'a source that is nobody else’s' },
    { text: 'This cartoon from this morning’s Fenwick Gazette is shared with kind permission of the artist 🙏', account: 'official', why: 'permission given' },
    { text: 'Link in the comments if you want the full report.', why: 'a link to a report, not the report' },
  ],
  invalid: [
    { text: 'Our new recruitment video, set to Adele’s Rolling in the Deep 🎶 Watch below.', account: 'official', flags: ['set to Adele’s'], why: 'a commercial recording under our film' },
    { text: 'Our graduate video is out now 🎬 Set to the new Arlo Finch single, fingers crossed the label doesn’t notice 😅', account: 'official', flags: ['Set to the new Arlo Finch single'] },
    { text: 'Video below, set to a certain chart-topping 80s hit 🎶', account: 'official', flags: ['set to a certain chart-topping 80s hit'] },
    { text: 'Brilliant paper in Nature this week. I’ve attached the full PDF (normally £29.95) so everyone can read it.', flags: ['full PDF'], messageId: 'wholesale' },
    { text: 'Happy National Poetry Day! Here’s all of Carol Quinlan’s new collection, every poem, in this thread 🧵', flags: ['all of Carol Quinlan’s new collection'] },
    { text: 'Our new advert is set to the whole of ‘Home Tonight’ by The Fenwicks. We didn’t get permission, but it fits perfectly.', account: 'official', flags: ['whole of'] },
    { text: 'Full episode of last night’s documentary uploaded here for anyone who missed it (before they take it down lol)', flags: ['Full episode'] },
    { text: 'Here’s the whole of chapter 3 of ‘The Housing Trap’ 📚', flags: ['Here’s the whole of chapter 3'], severity: 'warning' },
    { text: 'I’ve photographed every page so you don’t have to buy it.', flags: ['photographed every page', 'so you don’t have to buy'] },
    { text: 'Paywalled, so I’ve pasted the full article below.', flags: ['pasted the full article'] },
    { text: 'Copied the whole Financial Times article below so you don’t need a subscription', flags: ['Copied the whole Financial Times article', 'so you don’t need a subscription'] },
    { text: 'Here’s the full new Coldplay album on a Drive link', flags: ['Here’s the full new Coldplay album'] },
    { text: 'Here’s the full Gartwell Research ‘UK GovTech 2025’ report (usually £2,400) for free 👇', account: 'official', flags: ['full Gartwell Research ‘UK GovTech 2025’ report'], why: 'a titled report with a list price' },
    { text: 'We’ve uploaded the complete Brightpath GCSE Maths Revision Guide as a free PDF. Download it below 👇', account: 'official', flags: ['complete Brightpath GCSE Maths Revision Guide'], why: 'a publisher’s titled guide given away' },
    { text: 'Scanned the entire Ordnance Survey Explorer map for the Dales, PDF below', flags: ['Scanned the entire Ordnance Survey Explorer map'] },
    { text: 'How to get round the paywall on the Times piece: copied it below in full.', flags: ['get round the paywall', 'copied it below in full'] },
    { text: longArticle, flags: ['©'] },
    { text: 'Loved this painting by Ana Ruiz, nicked it from her website lol', flags: ['nicked it from'] },
    { text: 'Stunning picture of Fenwick pier at sunset! Borrowed it from @sam.lens on Instagram, hope he’s OK with it.', account: 'official', flags: ['Borrowed it from'], why: 'someone else’s photo reposted' },
    { text: 'Sums up Monday 😂 cartoon by Rae Lin, found it on Facebook.', flags: ['found it on'] },
    { text: 'Had to share this cartoon from today’s Evening Post. Credit to the artist!', account: 'official', flags: ['cartoon from today’s Evening'], why: 'a drawing out of a named paper; a credit is not a licence' },
    { text: 'I’ve attached the full 2024 edition of the Fenwick Tax Handbook (£60 from the publisher).', flags: ['full 2024 edition'] },
    { text: 'Uploaded the whole match to my page before the broadcaster takes it down ⚽', flags: ['whole match'] },
  ],
});
