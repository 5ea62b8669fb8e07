// Posts that must and must not trigger the special-category-data rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './special-category-data.ts';

testRule(rule, {
  valid: [
    { text: 'We are investing £2bn in mental health services across England.', account: 'official', why: 'policy talk' },
    { text: 'Macmillan’s cancer nurses do amazing work. Thank you!', why: 'a service, not a person' },
    { text: 'Find out how to apply for asylum and what happens next: gov.uk/claim-asylum', account: 'official' },
    { text: 'London’s Muslim communities are marking Eid today. Eid Mubarak!', account: 'official' },
    { text: 'If you have been diagnosed with cancer, you may be able to get free prescriptions.', account: 'official' },
    { text: 'Dementia Action Week starts today: here is how to get support.' },
    { text: '@sam_b if your asylum claim is refused, you can appeal: gov.uk/asylum-appeal', account: 'official', why: 'conditional advice' },
    { text: 'She has been diagnosed with a rare condition, says the report.', why: 'no named person' },
  ],
  invalid: [
    { text: 'Thinking of John Smith’s cancer diagnosis, the team are all behind him.', flags: ['John Smith’s cancer diagnosis'], severity: 'error' },
    { text: 'We’ve had an update on @jane_doe’s asylum claim and will reply by DM.', account: 'official', flags: ['@jane_doe’s asylum claim'] },
    { text: 'Our caseworker says Mrs Okafor has been diagnosed with dementia.', flags: ['Mrs Okafor has been diagnosed with dementia'] },
    { text: 'Fun fact: Dave is gay and a union member.', flags: ['Dave is gay'] },
    { text: 'Mr Keeling’s immigration status is under review.', flags: ['Mr Keeling’s immigration status'] },
    { text: 'Sarah is pregnant but hasn’t told her manager yet 🤫', flags: ['Sarah is pregnant'] },
    { text: 'Poor Kevin from the 3rd floor has just been diagnosed with cancer, send him some love', flags: ['Kevin from the 3rd floor has just been diagnosed with cancer'] },
    { text: 'Just spoken to Linda Hart, she’s been sectioned again.', flags: ['she’s been sectioned'] },
    { text: 'Hi @sam_b, we’ve checked and your asylum claim is still being considered.', account: 'official', flags: ['your asylum claim'], severity: 'warning' },
    { text: 'My colleague Emma Lowe is off with depression again, so I’m covering.', flags: ['Emma Lowe is off with depression'] },
  ],
});
