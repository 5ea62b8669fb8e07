// Posts that must and must not trigger the private-email rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './private-email.ts';

testRule(rule, {
  valid: [
    { text: 'Questions? Email enquiries@dft.gov.uk or press.office@cabinetoffice.gov.uk', why: 'gov.uk' },
    { text: 'Contact your GP practice, or england.contactus@nhs.net', why: 'nhs.net' },
    { text: 'Write to info@citizensadvice.org.uk for free advice.', why: 'role mailbox' },
    { text: 'Media enquiries: press@floodcharity.org', why: 'role mailbox' },
    { text: 'Thanks @jane_doe for the kind words!', why: 'a handle, not an email' },
    { text: 'Use a format like name@example.com when you sign up.', why: 'placeholder' },
  ],
  invalid: [
    { text: 'If anyone has seen the lost dog, email its owner at sarah.jones84@gmail.com', flags: ['sarah.jones84@gmail.com'], severity: 'error' },
    { text: 'Hi Mark, we have your email (m.keeling@hotmail.co.uk) on file and will reply there.', account: 'official', flags: ['m.keeling@hotmail.co.uk'] },
    { text: 'Complaints about the contractor? Their manager is dave.smith@northgatefm.co.uk.', flags: ['dave.smith@northgatefm.co.uk'] },
    { text: '“Send it to me at jo.b@outlook.com” said the caller', flags: ['jo.b@outlook.com'], why: 'quoted' },
    { text: 'Contact amira_hassan@yahoo.com for the photos', flags: ['amira_hassan@yahoo.com'] },
  ],
});
