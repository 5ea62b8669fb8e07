// Posts that must and must not trigger the pre-election-announcement rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './pre-election-announcement.ts';

const official = { account: 'official' as const };

testRule(rule, {
  valid: [
    { text: 'The general election was held on Thursday. We’re pleased to confirm £30m for diagnostic centres was agreed in March.', account: 'official', why: 'the election is behind us' },
    { text: 'Polling stations open at 7am on Thursday. Find yours: gov.uk/polling-station', account: 'official', why: 'information about voting announces nothing' },
    { ...official, text: 'We’re delighted to announce £200m for 40 new bus routes across the Midlands!', why: 'no election in view' },
    { ...official, text: 'Parliament has been dissolved. During the pre-election period this account will only post essential information.' },
    { ...official, text: 'Polling stations are open 7am to 10pm on Thursday. Remember your photo ID.' },
    { text: 'With polling day just 9 days away, we’re delighted to announce a bake sale!', account: 'personal', why: 'a personal account' },
    { ...official, text: 'With polling day a week away, a reminder that our offices close at 5pm on Friday.' },
  ],
  invalid: [
    { text: 'Ahead of Thursday’s general election, we’re pleased to confirm £30m of new funding for diagnostic centres 🏥', account: 'official', flags: ['pleased to confirm'], why: 'a weekday before the election puts it close, however phrased' },
    { text: 'With polling day next week, here’s a reminder of everything this government has delivered for farmers 🚜👇', account: 'official', flags: ['delivered'], why: 'a record of achievements' },
    { ...official, text: 'With polling day just 9 days away, we’re delighted to announce £200m for 40 new bus routes!', flags: ['delighted to announce'], severity: 'error', messageId: 'fromPost' },
    { ...official, text: 'With the general election just three weeks away, we’re pleased to confirm a new £40m fund for rural buses.', flags: ['pleased to confirm'], messageId: 'fromPost' },
    { ...official, text: 'With polling day a week away, we can confirm £12m for the Thornbury bypass.', flags: ['confirm £12m'], messageId: 'fromPost' },
    { ...official, text: 'With the election just days away, here’s a look back at our biggest achievements since 2019.', flags: ['look back at'], messageId: 'fromPost' },
    { ...official, text: 'Polling day is tomorrow, and today we unveil £5m for community centres.', flags: ['unveil £5m'], messageId: 'fromPost' },
  ],
});
