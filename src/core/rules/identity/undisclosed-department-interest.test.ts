// Posts that must and must not trigger the undisclosed-department-interest rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './undisclosed-department-interest.ts';

const flood = { department: 'National Flood Warning Agency' };
const skills = { department: 'Department for Skills and Lifelong Learning', handles: ['@DSLLgov'] };

testRule(rule, {
  valid: [
    { text: 'I work at DSLL so I’m not neutral, but the adult skills budget is worth a look.', settings: skills, why: 'disclosed' },
    { text: 'Personal account, but I’m a forecaster at the National Flood Warning Agency. To clarify: the scheme is fully funded.', settings: flood },
    { text: 'Brilliant walk along the coast today.', settings: flood, why: 'not about the department' },
    { text: 'Our flood defences held up well this winter, well done everyone.', settings: flood, account: 'official', why: 'official accounts may' },
    { text: 'To clarify: the match starts at 3pm.', why: 'no department configured' },
    { text: 'Water everywhere after the floods, stay safe.', settings: flood, why: 'no praise, defence or explanation' },
    { text: 'After 12 years at the National Flood Warning Agency I’m moving on. Thank you to all the brilliant colleagues.', settings: flood, why: 'a career note says who they work for' },
    { text: 'I’ve worked at DSLL for a decade and the adult skills reforms are brilliant.', settings: skills, why: 'disclosed in the present perfect' },
  ],
  invalid: [
    { text: 'Lots of questions about the Calder Heath flood defences. To clarify: the scheme is fully funded.', settings: flood, flags: ['To clarify'], severity: 'warning' },
    { text: 'The new apprenticeships offer from @DSLLgov is brilliant.', settings: skills, flags: ['brilliant'] },
    { text: 'Anyone moaning about the adult skills reforms clearly hasn’t read them.', settings: skills, flags: ['Anyone moaning'] },
    { text: 'Myth: DSLL cut training budgets. The truth is they went up.', settings: skills, flags: ['Myth'] },
    { text: 'PSA: you don’t need to pay anyone to sign up for flood warnings.', settings: flood, flags: ['PSA'] },
  ],
});
