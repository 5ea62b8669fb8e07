// Posts that must and must not trigger the identifiable-person rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './identifiable-person.ts';

testRule(rule, {
  valid: [
    { text: 'A 34-year-old man from Leeds has been arrested by our officers on suspicion of smuggling 40kg of cocaine through Dover.', account: 'official', why: 'an enforcement body’s own arrest notice' },
    { text: 'Today the Health Secretary met Dr Amy Patel, 41, a GP in Bradford, to hear about her work with patients with diabetes.', account: 'official', why: 'the condition is her patients’, a group, not hers' },
    { text: 'Struggling after leaving the forces? Nightmares and panic attacks are common. Drop-in support every Thursday at Fenbridge Library.', account: 'official', why: 'a library is a place, not a person' },
    { text: 'Thank you, Ms Morgan. We’ve received your letter of 3 March and the Minister’s office will reply to you directly.', account: 'official', replyTo: 'When will the government answer my letter about late farm payments? — Sian Morgan MP', why: 'an MP who wrote in is a public figure' },
    { text: 'Patients aged over 80 in Hull with dementia can now get a home visit.', account: 'official', why: 'a plural role is a group the service talks to, not one person' },
    { text: 'Funny thing about working at the tax office, mate. We get to see everyone’s returns. Just saying 🙂', why: 'a threat is disrepute, not a disclosure' },
    { text: 'Congratulations to Derek from Harrow, who made his 100th blood donation today! Book an appointment: blood.gov.uk/book', account: 'official', why: 'a first name and a town only' },
    { text: 'Had a man ring the helpline today asking if he could claim for looking after his dog 🙄', why: 'nothing that points to one person' },
    { text: 'Meet Dev. After leaving prison last year, Dev joined our scheme and now works full time. Dev asked us to share his story.', account: 'official', why: 'shared with consent by the department' },
    { text: 'Hi Brenda, the easiest way is to ring our claim line on 0800 731 7898 (Monday to Friday, 8am to 6pm).', account: 'official', replyTo: 'Can I claim my pension online?', why: 'our claim line is not her case' },
    { text: 'Hi, sorry for the worry. Please delete your post, as it shows your application number, and send us a direct message.', account: 'official', replyTo: 'My passport application ref PEX-4471-2209 is stuck!', why: 'a good reply repeats nothing' },
    { text: 'At Thames Magistrates’ Court on 4 March, Aydin Kaya of Golden Grill was fined £12,000 after pleading guilty to 6 offences.', account: 'official', why: 'a published court outcome' },
    { text: 'Priya returned to work last year with help from Access to Work, which can pay for support if you have a disability.', account: 'official', why: 'the condition is the reader’s, in general' },
    { text: 'We’re pleased to welcome Dr Anjali Rao as our new Permanent Secretary. She joins from the Department for Trade.', account: 'official', why: 'a published appointment' },
    { text: 'We have fined Harbourline Telecom £2 million after our investigation found it failed to connect 999 calls in March.', account: 'official', why: 'a trading name ending in a business word is a firm, not a person' },
    { text: 'Today we closed our investigation into Northgate Energy’s billing. It will refund £400,000 to 3,000 customers from 1 May.', account: 'official', why: 'a firm’s name with a possessive' },
  ],
  invalid: [
    { text: 'Meet Dana, 41, from Orchard Road in Kelby, who lives with diabetes.', account: 'official', flags: ['Dana'], why: '“who lives with” is hers' },
    { text: 'Meet Dana, 41, from Orchard Road in Kelby! After years on ESA because of her schizophrenia, she now works at the library.', account: 'official', flags: ['Dana'], why: 'name, age, street, benefit and a condition: a case study without consent' },
    { text: 'Hi, I’ve checked and your review is sitting in the queue, ticket HP-20931. It should move soon.', account: 'official', replyTo: 'My review has been stuck for 5 months. Any idea why?', flags: ['review'], why: 'a case reference in a public reply; the first sensitive detail is underlined' },
    { text: 'Why is everyone in our street so nosy?! Number 9 have got a family visa till 2027, I checked at work.', flags: ['I checked at work'], messageId: 'lookup' },
    { text: 'Can’t believe who came up on the system today 😂 my ex’s new fella. 3 points on his licence and a car on finance.', flags: ['came up on the system', 'fella'] },
    { text: 'This week we helped Army veteran Stephen Barker, 54, from Crewe. He is being treated for alcohol dependency and now has a flat on Mill Street.', account: 'official', flags: ['Stephen Barker'], severity: 'error', messageId: 'combination' },
    { text: 'Had the loveliest old chap in today, 87, lives on his own on Briar Lane in Hessleby. Got his pension sorted.', account: 'personal', flags: ['old chap'], severity: 'warning' },
    { text: 'A 79-year-old widow from Pellow Close in Tarnby lost £4,000 last week to a caller pretending to be from us.', account: 'official', flags: ['widow'] },
    { text: 'Gutted for my colleague Priya who’s been signed off with depression again 💔', flags: ['colleague'], messageId: 'colleague' },
    { text: 'Most bizarre tribunal today 😂 The claimant (a dentist from Cheltenham in her 50s) insisted her cat counted as her carer.', flags: ['claimant'] },
    { text: 'Hi Mark, we’ve looked into Alfie’s application. Alfie ranked 73rd on distance and has been offered Ferncliffe Primary instead.', account: 'official', replyTo: 'Why did my son Alfie not get Greenbank?? — Mark Tennant', flags: ['Alfie’s'] },
    { text: 'Mrs D from Fenwick, with the bad leg and the cat called Biscuit, rang 11 times about her scan.', flags: ['Mrs D'] },
    { text: 'Hi Lauren, we can see your ex-partner’s deduction from earnings order was sent to his employer on 3 March.', account: 'official', replyTo: '4 months waiting for payments from my ex.', flags: ['deduction from earnings order'] },
  ],
});
