// Posts that must and must not trigger the enforcement-triumph rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './enforcement-triumph.ts';

testRule(rule, {
  valid: [
    { text: 'Six people have been arrested after a joint operation with Harbridge Police against an organised crime network. Enquiries continue.', account: 'official', why: 'arrests reported plainly' },
    { text: 'We will never call and threaten you with arrest. If you get a call like this, hang up: it is a scam.', account: 'official', why: 'a scam warning' },
    { text: 'We’ve rounded up the best autumn walks in the national park 🍂', account: 'official', why: 'rounding up walks, not people' },
    { text: 'nearly got nicked for singing on the night bus 😂 not today officer', account: 'personal', why: 'a personal joke, not an account’s enforcement' },
    { text: 'A 34-year-old man has been arrested on suspicion of burglary after a break-in on Mill Road. He remains in custody.', account: 'official' },
    { text: 'Another successful recruitment day 💪 Thanks to everyone who came to find out about careers with us.', account: 'official', why: 'a boast with no enforcement in it' },
  ],
  invalid: [
    { text: 'Another 12 offenders rounded up in Fenbridge this morning 👊 No hiding place.', account: 'official', flags: ['Another 12', 'rounded up', '👊', 'No hiding place'], messageId: 'triumph' },
    { text: 'In the UK without permission? Go home or face arrest. 90 arrests in your area last week.', account: 'official', flags: ['Go home or face'] },
    { text: 'Dawn raid success 🚔 Officers arrested five people at a warehouse this morning.', account: 'official', flags: ['success', '🚔'], why: 'two weaker markers together' },
    { text: 'Caught! Three illegal workers arrested at a takeaway this morning. Employers: you’re next.', account: 'official', flags: ['Caught!', 'you’re next'] },
    { text: 'Here’s a clip of today’s raid on a car wash 🎥 The manager tried to run out the back. Not today! 😂', account: 'official', flags: ['Not today', '😂'] },
  ],
});
