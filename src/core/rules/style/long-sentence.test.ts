// Posts that must and must not trigger the long-sentence rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './long-sentence.ts';

const LONG = 'If you have moved house recently and you think that your address or your bank details may have changed then you should update them online so that your payment goes to the right place';

testRule(rule, {
  valid: [
    'Apply online. It takes 10 minutes.',
    'Find out what help you could get with energy bills this winter, including the Warm Home Discount: gov.uk/energy-bill-help',
    'Act now:\n• move valuables and medicines upstairs\n• turn off gas, electricity and water if it is safe to do so\n• keep children and pets away from flood water',
    'Renew at https://www.gov.uk/renew-adult-passport/a/very/long/path/with/many/segments/that/should/not/count/as/words/at/all #Passports #Travel @HMPO',
    '',
  ],
  invalid: [
    { text: `${LONG}.`, flags: [`${LONG}.`], severity: 'info' },
    { text: `Short one. ${LONG}! Another short one.`, flags: [`${LONG}!`] },
    { text: `${LONG}\nNext line.`, flags: [LONG] },
    { text: `Hello.\n\n${LONG}?`, flags: [`${LONG}?`] },
    { text: `${LONG} and also remember to tell your local council about the change as well.`, flags: [`${LONG} and also remember to tell your local council about the change as well.`] },
  ],
});
