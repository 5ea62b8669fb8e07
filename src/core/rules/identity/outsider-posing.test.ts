// Posts that must and must not trigger the outsider-posing rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './outsider-posing.ts';

const housing = { department: 'Department for Housing and Local Places' };

testRule(rule, {
  valid: [
    { text: 'As a member of the public I had a great time at the Proms last night.', settings: housing, why: 'not about government' },
    { text: 'Speaking purely as a football fan, that was a dreadful penalty.', settings: housing },
    { text: 'I work at DHLP, views my own. Take it from someone who knows: the new housing guidance is worth reading.', settings: housing, why: 'disclosed' },
    { text: 'As an ordinary taxpayer I welcome the new housing charter.', account: 'official', settings: housing, why: 'personal accounts only' },
    { text: 'Trust me, I know how the system works: always book the MOT early.', settings: { department: 'Office for Public Statistics' }, why: 'no government context' },
    { text: 'The council said "as a member of the public you can object" to the plans.', settings: housing, why: 'quoted' },
  ],
  invalid: [
    { text: 'Speaking purely as an ordinary member of the public: the new Renters’ Charter is brilliant.', settings: housing, flags: ['Speaking purely as'], severity: 'warning' },
    { text: 'As an ordinary taxpayer, I think the new housing scheme is excellent value.', settings: housing, flags: ['As an ordinary taxpayer'] },
    { text: 'Just a concerned citizen here, but the government’s rent reforms are working.', flags: ['Just a concerned citizen'] },
    { text: 'As someone with no connection to the department, I can say the policy is sound.', flags: ['As someone with no connection to'] },
    { text: 'Insider tip: apply for your passport in January, the queues are shorter.', settings: { department: 'Passport and Identity Office' }, flags: ['Insider tip'] },
    { text: 'Quick tip from someone who knows how the system works: ring about your student loan on a Tuesday.', settings: { department: 'Student Support Agency' }, flags: ['from someone who knows how the system works'] },
  ],
});
