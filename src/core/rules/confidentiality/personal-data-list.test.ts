// Posts that must and must not trigger the personal-data-list rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './personal-data-list.ts';

testRule(rule, {
  valid: [
    { text: 'Please don’t share names or addresses here. You can report suspected fraud securely at gov.uk/report-fraud', account: 'official', why: 'protecting data' },
    { text: 'We’ve hidden some comments on this post because they included people’s names and addresses.', account: 'official' },
    { text: 'Cold Weather Payments have been triggered for some postcodes in Cumbria. Check yours here: gov.uk/cold-weather', account: 'official', why: 'postcodes as places, not people’s details' },
    { text: 'Congratulations to everyone in the Birthday Honours 🎉 The full list of names is here: gov.uk/honours', account: 'official', why: 'names the list publishes anyway' },
    { text: 'Our letters to addresses in Wales are bilingual, with the English version on the back.', account: 'official' },
  ],
  invalid: [
    { text: 'Congratulations to everyone in the New Year Honours 🎉 The full list, including addresses, is attached 👇', account: 'official', flags: ['including addresses'], messageId: 'list' },
    { text: 'Download the full list of recipients here, with their home addresses and postcodes, so local groups can say well done.', account: 'official', flags: ['with their home addresses'] },
    { text: 'The full spreadsheet, with each person’s citation, home address and postcode, is available here: honours.example/list', account: 'official', flags: ['with each person’s citation, home address'] },
    { text: 'Here’s the list of everyone on the course plus phone numbers so you can car share', account: 'personal', flags: ['plus phone numbers'] },
    { text: 'Attendee list below, including names and email addresses, for anyone who wants to follow up.', account: 'official', flags: ['including names and email addresses'] },
  ],
});
