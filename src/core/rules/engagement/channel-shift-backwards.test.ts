// Posts that must and must not trigger the channel-shift-backwards rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './channel-shift-backwards.ts';

testRule(rule, {
  valid: [
    { text: 'Our free guide covers CVs, cover letters and interviews: gov.uk/apprenticeship-guide', account: 'official' },
    { text: 'In immediate danger? Call 999. For advice, call the helpline on 0808 2000 247.', account: 'official', why: 'emergency' },
    { text: 'Your new licence will arrive by post within 3 weeks.', account: 'official', why: 'delivery, not an instruction' },
    { text: 'Can’t get online? Call us instead on 0300 123 4567.', account: 'official', why: 'for people who cannot use the online route' },
    { text: 'You can renew online at gov.uk/renew-passport. Most renewals take up to 3 weeks.', account: 'official' },
    { text: 'Happy to help! Drop us a DM with your question.', account: 'official', replyTo: 'How do I change my address?' },
    { text: 'Join us for in-person drop-in sessions at the library.', account: 'personal' },
    { text: 'Kill two birds with one stone: renew your licence and update your address in one go at gov.uk/dvla', account: 'official' },
  ],
  invalid: [
    { text: 'Your best bet is to call us on 0300 200 1122 to book a slot.', account: 'official', replyTo: 'Can I book my theory test online?', flags: ['call us on'], severity: 'warning', why: 'a number containing 112 is not the emergency number' },
    { text: 'Please call us instead. The online booking system is a nightmare to use.', account: 'official', flags: ['call us instead', 'online booking system is a nightmare'] },
    { text: 'Having trouble with the online form? Just ring us instead.', account: 'official', flags: ['ring us instead'] },
    { text: 'Post the form to us rather than using the online service.', account: 'official', flags: ['Post the form', 'rather than using the online'] },
    {
      text: 'Please write to us at DVRA Customer Services, Eastmoor EM1 1AA, enclosing your licence.',
      account: 'official',
      replyTo: 'How do I change the address on my driving licence?',
      flags: ['write to us', 'enclosing'],
      severity: 'warning',
    },
    { text: 'Thanks for getting in touch. Please call us on 0300 123 4567 to update your details.', account: 'official', replyTo: 'My address has changed', flags: ['call us on'], severity: 'warning' },
    { text: 'Don’t bother with the online account — ring on a Tuesday morning and ask them to fast-track it.', account: 'personal', flags: ['Don’t bother with the online', 'ring on'], severity: 'warning' },
    { text: 'To claim, print off the form and post it to us.', account: 'official', flags: ['print off the form', 'post it to us'], severity: 'warning' },
    { text: 'Apply online at gov.uk/apply or send a letter to our Leeds office.', account: 'official', flags: ['send a letter'], severity: 'info', why: 'an alternative beside the online route' },
    { text: 'Honestly it’s quicker than the online form to just give them a ring.', account: 'personal', flags: ['quicker than the online', 'give them a ring'], severity: 'warning', messageId: 'shift' },
    { text: 'Hi, it’s actually easier by post. Pick up a pack at your nearest Post Office.', account: 'official', replyTo: 'Can I renew my licence online?', flags: ['by post', 'Post Office'] },
    { text: 'To be on the safe side, please post the originals by recorded delivery to our Bootle office.', account: 'official', replyTo: 'Can I upload evidence through the online account or do I have to post it?', flags: ['post the originals', 'by recorded delivery'] },
  ],
});
