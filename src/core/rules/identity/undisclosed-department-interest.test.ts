// Posts that must and must not trigger the undisclosed-department-interest rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './undisclosed-department-interest.ts';

const flood = { department: 'National Flood Warning Agency' };
const skills = { department: 'Department for Skills and Lifelong Learning', handles: ['@DSLLgov'] };

testRule(rule, {
  valid: [
    { text: 'I work at DSLL so I’m not neutral, but the adult skills budget is brilliant.', settings: skills, why: 'disclosed' },
    { text: 'Brilliant walk along the coast today.', settings: flood, why: 'not about the department' },
    { text: 'Our flood defences held up well this winter, well done everyone.', settings: flood, account: 'official', why: 'official accounts may' },
    { text: 'Water everywhere after the floods, stay safe.', settings: flood, why: 'no praise or defence' },
    { text: 'After 12 years at the National Flood Warning Agency I’m moving on. Thank you to all the brilliant colleagues.', settings: flood, why: 'a career note says who they work for' },
    { text: 'Can anyone recommend a good course on flood warnings?', settings: flood, why: 'a question asks for praise' },
    { text: 'Just a happy customer: the flood warning app is brilliant.', settings: flood, why: 'posing as an outsider is the outsider-posing rule’s' },
    { text: 'The flood warning app is brilliant, got an alert an hour before the river rose.', settings: flood, why: 'a happy user, not advocacy' },
    { text: 'My mum’s pension finally came through. Thanks to whoever sorted it!', settings: { department: 'State Pension Service' } },
  ],
  invalid: [
    { text: 'The new apprenticeships offer from @DSLLgov is a game changer.', settings: skills, flags: ['game changer'], severity: 'warning', messageId: 'praise' },
    { text: 'Anyone complaining about the adult skills reforms clearly hasn’t read them.', settings: skills, flags: ['Anyone complaining'], messageId: 'praise' },
    { text: 'The new flood warning text service is a godsend.', settings: flood, flags: ['a godsend'], messageId: 'praise' },
    { text: 'People complaining about the flood barriers clearly haven’t looked at the evidence. They work.', settings: flood, flags: ['People complaining'], messageId: 'praise' },
    { text: 'Honestly the new flood maps are so much better than before.', settings: flood, flags: ['so much better'], messageId: 'praise' },
  ],
});
