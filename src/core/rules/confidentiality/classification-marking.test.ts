// Posts that must and must not trigger the classification-marking rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './classification-marking.ts';

testRule(rule, {
  valid: [
    { text: 'A reminder from someone who’s run a lot of security briefings: if it’s marked SECRET, it doesn’t leave the building in a bag.', why: 'a rule about a tier, said conditionally' },
    { text: 'Reminder for staff: never post anything marked OFFICIAL-SENSITIVE or above on social media.', account: 'official', why: 'a rule about the scheme, not marked material' },
    { text: 'We’ve updated our guidance on handling OFFICIAL-SENSITIVE information for suppliers: gov.uk/security-guidance', account: 'official' },
    { text: 'The National Archives has released files once marked TOP SECRET about the 1982 conflict.', account: 'official' },
    { text: 'Worried about a scam? Call us. It’s free and CONFIDENTIAL.', account: 'official', why: 'an everyday word in capitals, for emphasis' },
    { text: 'Access to the site is RESTRICTED while the investigation continues.', account: 'official' },
    { text: 'The exhibition ‘TOP SECRET: From ciphers to cyber security’ opens today at the Science Museum.', account: 'official', why: 'a title' },
    { text: 'Most of what you handle is OFFICIAL. Some needs extra care and is marked OFFICIAL-SENSITIVE. SECRET and TOP SECRET are for the most serious threats.', why: 'teaching the scheme' },
    { text: 'The 1975 Cabinet papers released this week include files that were classified SECRET for fifty years.', why: 'declassified history' },
    { text: 'Our team assesses historic files, including ones once classified SECRET, so they can be released.', account: 'official', why: 'a job description' },
    { text: 'The secret to a good CV is keeping it to two pages.', why: 'lower-case secret' },
    { text: 'Official statistics published today show employment up 0.2 points.', why: 'official statistics' },
    { text: 'Our Secret Santa raised £300 for the food bank this year!' },
    { text: 'Restricted access on the A14 tonight while we resurface the road.' },
    { text: 'WE ARE SO PROUD OF THIS TEAM, IT IS NO SECRET WHY THEY WON', why: 'shouting, not a banner' },
    { text: 'OFFICIAL-SENSITIVE\nFOR PUBLIC RELEASE\nThe annual report is out.', why: 'cleared for release' },
    { text: 'Our official account will post updates during the storm.' },
    { text: 'PROTECT your home from flooding: sign up for free alerts today.', why: 'the verb, in capitals' },
    { text: 'We protect what matters. Unclassified roads will be gritted from tonight.' },
    { text: 'Confidential helpline for victims of crime: call 0808 168 9111.', why: 'adjective, sentence case' },
  ],
  invalid: [
    { text: 'Just found all the papers marked OFFICIAL-SENSITIVE on the printer lol', flags: ['OFFICIAL-SENSITIVE'], why: 'spoken of in general, but no rule or training in sight' },
    { text: 'Just got sent the SECRET briefing on the merger lol', flags: ['SECRET'], why: 'a tier stamping a named document' },
    { text: 'The doc is marked SECRET but whatever', flags: ['SECRET'] },
    { text: 'Board notes | CONFIDENTIAL', flags: ['CONFIDENTIAL'], why: 'set off after a separator, as banners are' },
    { text: 'OFFICIAL-SENSITIVE\nDraft options for the spending review', flags: ['OFFICIAL-SENSITIVE'], severity: 'error' },
    { text: 'Sharing this from the team: Official-Sensitive Commercial pricing annex attached', flags: ['Official-Sensitive'] },
    { text: 'Page 1 of 3 SECRET', flags: ['SECRET'] },
    { text: 'TOP SECRET - UK EYES ONLY\nBriefing for the minister', flags: ['TOP SECRET', 'UK EYES ONLY'] },
    { text: 'Found an old RESTRICTED file in the archive, look at this!', flags: ['RESTRICTED'] },
    { text: 'The report was classified as secret but I think people should see it.', flags: ['classified as secret'] },
    { text: 'OFFICIAL\nMinutes of the programme board', flags: ['OFFICIAL'], severity: 'warning' },
    { text: 'PROTECT - POLICY\nOptions for the 2012 spending round', flags: ['PROTECT - POLICY'], severity: 'warning', why: 'legacy marking' },
    { text: 'Found in the archive:\nNOT PROTECTIVELY MARKED\nStaff survey results', flags: ['NOT PROTECTIVELY MARKED'], severity: 'warning' },
    { text: 'Draft attached, PROTECT–PERSONAL, see page 2', flags: ['PROTECT–PERSONAL'] },
  ],
});
