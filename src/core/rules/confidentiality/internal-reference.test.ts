// Posts that must and must not trigger the internal-reference rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './internal-reference.ts';

testRule(rule, {
  valid: [
    'Photo of my desk plant thriving 🌱',
    'Here’s a photo of the team at our away day!',
    'Photo of the new lanyards we’re giving out at the conference!',
    { text: 'We’ve been told to expect 400 visitors at the open day, so come early!', account: 'official', why: 'an official account' },
    { text: 'Our Permanent Secretary hosted an all-staff call today on the new hybrid working framework. The framework and FAQs are published here: gov.uk/cs-hybrid-framework', account: 'official', why: 'a meeting about what is published' },
    { text: 'Great turnout at today’s briefing for charities on the new grant scheme, thanks all!', account: 'official', why: 'a public briefing, nothing reported from inside' },
    { text: 'Our internal audit report for 2024-25 was published today: gov.uk/internal-audit-2025', account: 'official', why: 'published' },
    { text: 'Cabinet papers from 1995 are now published by the National Archives. Fascinating reading!', why: 'historic, published' },
    { text: 'Read the full guidance at https://www.gov.uk/guidance/flood-risk' },
    { text: 'Email enquiries@example.org.uk or visit our website.' },
    { text: 'Our internal market for energy is changing: read the consultation.' },
    { text: 'To: all parents. Subject choices for year 10 close on Friday.', why: 'not a header block' },
    { text: 'The ministerial code was published today on GOV.UK.' },
  ],
  invalid: [
    { text: 'Late one finishing the submission 😴 Pic of my laptop, don’t judge the coffee stains. You can see the options table if you squint lol', flags: ['Pic of my laptop'], why: 'a picture of a screen, said to show something' },
    { text: 'Great to welcome our newest officers this week! Behind them you can see the rota board.', account: 'official', flags: ['Behind them you can see the rota'] },
    { text: 'how are we meant to decide claims on this 😂 screenshot of the CaseFlow home screen below', flags: ['screenshot of the CaseFlow home screen'] },
    { text: 'Our district’s been told to hit 400 sanction referrals this quarter. Not a target, apparently.', flags: ['been told to hit'], why: 'an internal instruction with its number' },
    { text: 'Meeting today where a very senior person admitted the backlog figure going to the committee is optimistic. Real number’s nearer 140k.', flags: ['Meeting today where'], why: 'a figure told from a meeting' },
    { text: 'DRAFT - lines if asked re Hollins Park: do not confirm no. of staff on duty at time of incident. [LINK TBC]', account: 'official', flags: ['DRAFT - lines', 'LINK TBC'], why: 'draft lines, with a link still to come' },
    { text: 'lol this just went to the whole directorate: do not discuss the Dover incident outside the building.', flags: ['went to the whole directorate'] },
    { text: 'Midnight rant. Spent 4 hours today on a call about the contract with Tellacore. They’ve missed every milestone and we’ve been told to keep paying them anyway.', flags: ['on a call about'], why: 'what staff were told in a call' },
    { text: 'The Secretary of State threw a proper tantrum at today’s briefing when the numbers didn’t go his way.', flags: ['at today’s briefing'] },
    { text: 'Interesting snapshot from our internal performance dashboard this morning: processing time is up to 14.2 months.', flags: ['internal performance dashboard'] },
    { text: 'Our internal ‘lines to take’ on the benefits freeze literally say ‘avoid the word cut’.', flags: ['lines to take'] },
    { text: 'Full details here: https://dhlp.sharepoint.com/sites/Policy/Shared%20Documents/options.docx', flags: ['https://dhlp.sharepoint.com/sites/Policy/Shared%20Documents/options.docx'] },
    { text: 'Contact j.smith@dwp.gsi.gov.uk for the data.', flags: ['dwp.gsi.gov.uk'] },
    { text: 'It was all in the ministerial submission last week. Options 2 and 3 are off the table.', flags: ['ministerial submission'] },
    { text: 'Screenshot of the internal email about office closures 👇 make of it what you will', flags: ['Screenshot of the internal email'] },
    { text: 'From: Perm Sec Office\nSent: 12 May 2025\nTo: All staff\nSubject: Restructure\nWe will be reducing headcount.', flags: ['From: Perm Sec Office\nSent: 12 May 2025\nTo: All staff\nSubject: Restructure'] },
    { text: 'Just saw on the intranet that our office is closing. Gutted.', flags: ['on the intranet'] },
    { text: 'See the plan at intranet.dfe.local/strategy', flags: ['intranet.dfe.local/strategy'] },
    { text: 'Minister signed the sub this morning - new speed limits are happening!', flags: ['signed the sub'] },
  ],
});
