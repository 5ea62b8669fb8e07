// Posts that must and must not trigger the early-publication rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './early-publication.ts';

testRule(rule, {
  valid: [
    { text: 'Watch the Chancellor’s statement live from 12.30 ahead of our forecast, which follows once she sits down.', account: 'official', why: 'the forecast follows the statement' },
    { text: 'Our Economic and Fiscal Outlook will be published once the Chancellor has finished her statement.', account: 'official', why: 'the right order' },
    { text: 'Ahead of the Chancellor’s statement at 12.30, here’s how to watch it live: parliamentlive.tv', account: 'official', why: 'a guide to watching, not its substance' },
    { text: 'Full forecasts now available 👇 The Chancellor’s statement finished at 1.40pm.', account: 'official', why: 'after the statement' },
    { text: 'Our annual report is out now, ahead of the summer recess.', account: 'official', why: 'no minister’s announcement' },
    { text: 'Read the full details of the new scheme, which the minister announced in her speech this morning.', account: 'official' },
  ],
  invalid: [
    { text: 'Our Economic and Fiscal Outlook is now online, ahead of the Chancellor’s statement at 12.30. Headlines: growth revised down.', account: 'official', flags: ['ahead of the Chancellor’s statement'], messageId: 'early' },
    { text: 'Ahead of the Chancellor standing up at 12:30, you can read our full forecasts right now 📊', account: 'official', flags: ['Ahead of the Chancellor standing up'] },
    { text: 'Allocations for every council are available to download before the Housing Secretary’s announcement this afternoon.', account: 'official', flags: ['before the Housing Secretary’s announcement'] },
    { text: 'Our forecast is out now 👇 before the Prime Minister’s speech on the economy at noon. Borrowing is down.', account: 'official', flags: ['before the Prime Minister’s speech'] },
    { text: 'sneak peek 👇 the new rates, before tomorrow’s Budget speech', account: 'personal', flags: ['before tomorrow’s Budget speech'] },
  ],
});
