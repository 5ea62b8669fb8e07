// Posts that must and must not trigger the unmaintainable-channel rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './unmaintainable-channel.ts';

testRule(rule, {
  valid: [
    { text: 'We post road updates every day at 7am. Follow us for the latest.', account: 'official', why: 'a schedule of posts, no replies promised' },
    { account: 'official', text: 'Our house rules: we read every comment on this page and welcome criticism, but we remove abuse of our staff.', why: 'reading every comment promises no answer' },
    { text: 'We read every message, but we can’t reply to everyone. For help with your claim, use your online account.', account: 'official', why: 'a post that states its limits promises nothing' },
    { text: 'In an emergency, call 999 any time, day or night.', account: 'official', why: 'emergency services, not this account' },
    { text: 'We reply to messages Monday to Friday, 9am to 5pm.', account: 'official' },
    { text: 'You can apply online any time at gov.uk/apply', account: 'official', why: 'an online service, not a conversation' },
    { text: 'We always publish our figures at 9.30am.', account: 'official' },
    { text: 'Floodline is available 24 hours a day on 0345 988 1188.', account: 'official', why: 'a staffed helpline' },
    { text: 'Thanks for all your comments; we read every one.', account: 'official' },
    { text: 'You can send us a message at any time through your online account at gov.uk/sign-in, which is usually quicker.', account: 'official', why: 'a self-service route' },
  ],
  invalid: [
    { text: 'Message us on WhatsApp about your application and we’ll reply the same day.', account: 'official', flags: ['the same day'] },
    { text: 'Text Sharon on her work mobile with any question and she’ll get straight back to you, any time!', account: 'official', flags: ['straight back', 'any time'] },
    { text: 'Parents can now message our inspectors directly, whenever they like!', account: 'official', flags: ['whenever they like'] },
    { text: 'DM us any time, we reply 24/7!', account: 'official', flags: ['any time', '24/7'], severity: 'warning' },
    { text: 'Message our team on WhatsApp any time, day or night — we’ll always get back to you within minutes.', account: 'official', flags: ['any time', 'day or night', 'within minutes'], messageId: 'promise' },
    { text: 'Reply to this post and a hiring manager will personally answer every single one, day or night, within 24 hours.', account: 'official', flags: ['personally', 'every single', 'day or night', 'within 24 hours'] },
    { text: 'Our Facebook inbox is now staffed around the clock, so you’ll never wait more than 10 minutes for a reply.', account: 'official', flags: ['around the clock', 'never wait more than'] },
    { text: 'Got a question? Tweet us and we’ll reply within the hour.', account: 'official', flags: ['within the hour'] },
    { text: 'We answer every single message, round the clock.', account: 'official', flags: ['every single', 'round the clock'] },
    { text: 'Our inbox is open 7 days a week and we respond immediately.', account: 'official', flags: ['7 days a week', 'immediately'] },
    { text: 'DM us anytime, we reply instantly.', account: 'personal', flags: ['anytime', 'instantly'], severity: 'warning', why: 'nobody else can answer a personal inbox' },
    { text: 'We reply within the hour.', account: 'personal', flags: ['within the hour'], severity: 'info', why: 'one promise on a personal account is advice' },
  ],
});
