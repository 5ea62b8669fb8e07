// Posts that must and must not trigger the profanity rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './profanity.ts';

testRule(rule, {
  valid: [
    'Kill two birds with one stone: renew your licence and update your address in one go.',
    'Scunthorpe and Penistone libraries reopen on Monday.',
    'Delays on the M6 after a crash near junction 19.',
    'Our assessment of the class sizes is published today.',
    { text: 'The caller said "you are a bloody shambles" and we have reported it.', why: 'quoted abuse is reporting' },
    { text: 'It was a... strange day. Thanks as!! always', why: 'punctuation is not a disguise' },
    { text: 'Your reference is 4455-9987-2211 and your PIN is 5318008.', account: 'official', why: 'digits read as letters are not a disguise' },
    'Cockermouth flood defences: work starts on Monday. Read the S.H.I.P. report at gov.uk/ship',
    { text: 'Rape prosecutions rose by 20% this year. If you have been affected, Rape Crisis can help.', account: 'official', why: 'crimes and services departments must be able to name' },
    { text: 'Free sex education sessions for parents, and support for survivors of incest and child sexual abuse.', account: 'official', why: 'clinical and sexual-health words are not swearing' },
    { text: 'Watch the blue tits nesting on our tit box camera, then try the shiitake risotto in the café.', why: 'birds and mushrooms' },
    { text: 'A cocker spaniel found near the cocktail bar; half-cocked plans and a pricked finger.', why: 'innocent words built on swear words' },
  ],
  invalid: [
    { text: 'What the fuck is going on with this queue', flags: ['fuck'], account: 'personal', severity: 'warning' },
    { text: 'This sh1t service is a joke', flags: ['sh1t'] },
    { text: 'Our response to that twat is below', flags: ['twat'], account: 'official', severity: 'error', messageId: 'official' },
    { text: 'Absolute bullshit from the council again', flags: ['bullshit'] },
    { text: 'Fuuuuck this queue, and the b1tch at the desk', flags: ['Fuuuuck', 'b1tch'], account: 'personal' },
    { text: 'What an a$$hole. Total wankers, the lot of them', flags: ['a$$hole', 'wankers'], account: 'personal' },
    { text: '🙄🙄 what a bunch of arseholes', flags: ['arseholes'] },
    { text: 'shit.\nAnd more shit', flags: ['shit', 'shit#2'] },
    { text: 'Honestly, f*ck this queue and the sh!t parking', flags: ['f*ck', 'sh!t'], why: 'masked letters' },
    { text: 'What the f***ing hell is this', flags: ['f***ing'], why: 'fully masked' },
    { text: 'f u c k the lot of them', flags: ['f u c k'], why: 'spaced letters' },
    { text: 'Total tosser, and his mate is a bellend', flags: ['tosser', 'bellend'], why: 'UK terms' },
    { text: 'Oh sod off with your b*llocks', flags: ['sod off', 'b*llocks'] },
  ],
});
