// Posts that must and must not trigger the shouting rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './shouting.ts';

testRule(rule, {
  valid: [
    'HMRC, DVLA and the NHS have all updated their guidance today.',
    'Check your MOT date and VAT return deadline at GOV.UK.',
    { text: 'OFFICIAL-SENSITIVE\nTOP SECRET - UK EYES ONLY', why: 'classification banners are another rule’s business' },
    'Great result! Well done to everyone involved.',
    'Really?! That is good news.',
    'Find out more at #GCSEResults and @DfE',
    { text: '⚠️ SEVERE FLOOD WARNING – danger to life. Leave now if told to.', account: 'official', why: 'an official warning is named in capitals by design' },
    { text: 'AMBER WEATHER WARNING for snow and ice tomorrow.', account: 'official', why: 'a warning level and hazard, then WARNING' },
    { text: 'DRAFT – NOT FOR PUBLICATION. Lines to take on the closure.', account: 'official', why: 'a document marking is the embargo rule’s business' },
    { text: 'EMBARGOED UNTIL 00:01 THURSDAY 13 MARCH. The Minister will announce 400 new places.', account: 'official', why: 'an embargo stamp is capitals by convention to its end' },
    { text: 'DRAFT – NOT FOR ISSUE UNTIL MINISTER SIGNS OFF: we can confirm the closure.', account: 'official', why: 'a stamp opened by a marking word' },
  ],
  invalid: [
    { text: 'TAX YOUR CAR or face a fine.', account: 'official', flags: ['TAX YOUR CAR'], severity: 'warning' },
    { text: 'WE ARE SO PROUD OF THIS TEAM, IT IS NO SECRET WHY THEY WON', flags: ['WE ARE SO PROUD OF THIS TEAM, IT IS NO SECRET WHY THEY WON'], severity: 'info' },
    { text: 'Download it today!!', account: 'official', flags: ['!!'], severity: 'warning' },
    { text: 'Join the future of travel!!! 🚀', flags: ['!!!'] },
    { text: 'Is this really it?!?', flags: ['?!?'] },
    { text: 'FAKE NEWS ALERT: the Gazette has it wrong again.', account: 'official', flags: ['FAKE NEWS ALERT'], why: 'not the name of an official warning' },
    { text: 'DO NOT PUBLISH THIS WARNING, it is not for publication yet', account: 'official', flags: ['DO NOT PUBLISH THIS WARNING'], why: 'capitals that are not a handling marking still shout' },
    { text: 'Read this: EMBARGOES ARE A JOKE AND EVERYONE KNOWS IT', account: 'official', flags: ['EMBARGOES ARE A JOKE AND EVERYONE KNOWS IT'], why: 'only a stamp word opens a stamp' },
    { text: 'Big news today: DO NOT MISS the NHS open day', flags: ['DO NOT MISS'], why: 'the acronym after is not part of the shout' },
  ],
});
