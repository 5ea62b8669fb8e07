// Posts that must and must not trigger the service-disrepute rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './service-disrepute.ts';

testRule(rule, {
  valid: [
    { text: 'Funny what you see on the system at work. The bloke who parks across my drive? Seven points on his licence.', why: 'a disclosure, raised by identifiable-person; no access offered' },
    { text: 'Ha, tempting 😂 Had a quick look - registered to a bloke at no.32. Don’t say I told you!', why: 'a look-up told as news is a disclosure (confidentiality), not an offer of access' },
    { text: 'ugh can’t be arsed with this meeting, 3 hours on Teams 😩 send help', account: 'official', why: 'a personal aside on a department’s account is a matter of voice, not the writer’s conduct' },
    { text: 'We get to see some brilliant applications for the awards every year.', account: 'official', why: 'an official account, nobody looked up' },
    { text: 'Claim your expenses through the online system by the 5th of each month.', account: 'official' },
    'Can’t be bothered to cook tonight, takeaway it is.',
    'Great team lunch today to celebrate 10 years of the service.',
    { text: 'We follow the rules on data protection strictly.', account: 'official' },
    'Off sick with flu, back next week.',
    'The new guidance replaces the old rules from April.',
    'I have never signed off a claim without reading every page of it.',
    { text: 'Proud of our border officers in uniform today. The new e-gates open at Stansted next week.', account: 'official', why: 'uniform, no drinking' },
    'FOI requests must be answered within 20 working days; here is how to make one.',
  ],
  invalid: [
    { text: 'Careful, Steve. I work at the licensing service and I can find out a lot more about you than a reg plate 😉', flags: ['I can find out'], messageId: 'access' },

    { text: 'Working from home = a nap and 1 email sent. Another productive day on the taxpayer’s dime 😴', flags: ['on the taxpayer’s dime'], messageId: 'disrepute' },
    { text: 'Top tip: putting ‘client meeting’ on the expenses system covers a very nice steak 😉', flags: ['expenses system covers'] },
    { text: 'Pulled a sickie to watch the cricket 😂', flags: ['Pulled a sickie'], severity: 'warning' },
    { text: 'Still hungover at my desk, send help.', flags: ['hungover at my desk'] },
    { text: 'Honestly can’t be bothered with these claimants’ emails today.', flags: ['can’t be bothered'] },
    { text: 'Nobody checks, so I just ignore the guidance on file notes.', flags: ['Nobody checks', 'ignore the guidance'] },
    { text: 'Another day answering the idiots who ring the helpline without reading the letter.', flags: ['idiots who ring'] },
    { text: 'Paid to do nothing all afternoon, love this job.', flags: ['Paid to do nothing'] },
    { text: 'Approving grant claims without even looking at them this week to clear the backlog 🙃 who’s gonna check', flags: ['Approving grant claims without even looking at', 'who’s gonna check'] },
    { text: 'Three pints down at the airport bar and still in uniform 🍺', flags: ['pints down at the airport bar and still in uniform'] },
    { text: 'Absolutely wasted at the awards do. All on the department’s card, naturally 🥂', flags: ['wasted at the awards do. All on the department’s card'] },
    { text: 'Pro tip: if you want to avoid FOI, do it all on your personal phone 😉', flags: ['avoid FOI'] },
  ],
});
