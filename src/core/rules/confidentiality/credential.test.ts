// Posts that must and must not trigger the credential rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './credential.ts';

testRule(rule, {
  valid: [
    'The door code changed in 2024, so ask reception for the new one.',
    'Key safe codes should never be shared by text; call the team on the day instead.',
    { text: 'Log in with your Government Gateway user ID to see your 2024-25 return.', account: 'official', why: 'no password-shaped string' },
    { text: 'Our new iPhone15 login guide for staff is on GOV.UK: gov.uk/staff-login', account: 'official', why: 'a product name has no symbol… and is not a password here' },
    { text: 'Never share your password or PIN with anyone, even someone who says they are from your bank.' },
    { text: 'Your password is case-sensitive. Reset it at gov.uk/sign-in if you are locked out.' },
    { text: 'The password for your online account is case-sensitive.' },
    { text: 'The password for the event wifi is available at reception.' },
    { text: 'Password: make it long, use three random words and never reuse it.' },
    { text: 'The secret to a good CV? Be specific about what you did.' },
    { text: 'We have published our API documentation at developer.service.gov.uk' },
    { text: 'Use a token from the app to sign in; it changes every 30 seconds.' },
    { text: 'Use a password manager and turn on two-step verification.' },
  ],
  invalid: [
    { text: 'Swipe passes are down again so facilities have taped the door code to the reception desk. It’s 4471#. Cutting-edge security.', flags: ['4471#'], why: 'a building’s door code' },
    { text: 'New keypad code for the stores cupboard: 2580', flags: ['2580'] },
    { text: 'Big thanks to the night team (and yes, the Wi-Fi password on the whiteboard is still Tr4ffic!2025 - someone change it 😅)', flags: ['Tr4ffic!2025'], messageId: 'credential' },
    { text: 'Until IT sort your own log-ins, use the shared inbox: tribunals.admin / Spring2025! Any problems, shout.', flags: ['Spring2025!'] },
    { text: 'IT have reset my password to Welcome2024! for the third time this month.', flags: ['Welcome2024!'] },
    { text: 'Office wifi password: Bluebell2024! for anyone visiting today', flags: ['Bluebell2024!'] },
    { text: 'the shared mailbox login is Fin#77ance if anyone needs it', flags: ['Fin#77ance'] },
    { text: 'Password for the guest wifi at Carrick House is Heron2024! if anyone is locked out', flags: ['Heron2024!'] },
    { text: 'Shared login for the customer database is admin / Summer2025 for new starters', flags: ['admin / Summer2025'] },
    { text: 'Test config: AWS key AKIAIOSFODNN7EXAMPLE works now', flags: ['AKIAIOSFODNN7EXAMPLE'] },
    { text: 'token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 for the repo', flags: ['ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'] },
    { text: 'Bot is live: xoxb-2048-abcdefABCDEF1234', flags: ['xoxb-2048-abcdefABCDEF1234'] },
    { text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA', flags: ['-----BEGIN RSA PRIVATE KEY-----'] },
    { text: 'curl https://api.example.com?api_key=8f3b2c9d1e7a4b6c', flags: ['8f3b2c9d1e7a4b6c'] },
    { text: 'login details for the shared drive: username dfe_admin password Spring2025!', flags: ['Spring2025!'] },
  ],
});
