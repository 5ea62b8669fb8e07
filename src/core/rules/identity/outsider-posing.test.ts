// Posts that must and must not trigger the outsider-posing rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './outsider-posing.ts';

const housing = { department: 'Department for Housing and Local Places' };
const pensions = { department: 'State Pension Service' };

testRule(rule, {
  valid: [
    { text: 'As a member of the public I had a great time at the Proms last night.', settings: housing, why: 'not about government' },
    { text: 'Speaking purely as a football fan, that was a dreadful penalty.', settings: housing },
    { text: 'I work at DHLP, views my own. Take it from someone who knows: the new housing guidance is worth reading.', settings: housing, why: 'disclosed' },
    { text: 'As an ordinary taxpayer I welcome the new housing charter.', account: 'official', settings: housing, why: 'personal accounts only' },
    { text: 'The council said "as a member of the public you can object" to the plans.', settings: housing, why: 'quoted' },
    { text: 'As a mum of two, I’m exhausted. Roll on the school holidays.', settings: pensions, why: 'a lay identity with nothing about the work' },
    { text: 'As a regular at the ground, don’t worry, we’ll win.', replyTo: 'Are you going on Saturday?', settings: housing, why: 'a reply that criticises nothing' },
    { text: 'As a dad of two, last night’s storm was a storm in a teacup.', settings: housing, why: 'nothing public, no reply' },
    { text: 'He’s just started as a forklift driver after two years out of work.', settings: { department: 'Work and Benefits Service' }, why: 'a job, not a pose' },
  ],
  invalid: [
    { text: 'Speaking purely as an ordinary member of the public: the new Renters’ Charter is brilliant.', settings: housing, flags: ['Speaking purely as'], severity: 'warning', messageId: 'denial' },
    { text: 'As an ordinary taxpayer, I think the new housing scheme is excellent value.', settings: housing, flags: ['As an ordinary taxpayer'], messageId: 'denial' },
    { text: 'As a mum of two I just want to say the new state pension forecast is a godsend.', settings: pensions, flags: ['As a mum of two'], messageId: 'lay' },
    { text: 'Just a mum who’s used it, nothing to do with the government lol, but it’s brilliant.', settings: pensions, flags: ['nothing to do with the government'], messageId: 'denial' },
    { text: 'Insider tip: apply for your passport in January, the queues are shorter.', settings: { department: 'Passport and Identity Office' }, flags: ['Insider tip'], messageId: 'insider' },
    { text: 'As a random parent who’s been through it, honestly the student loan people are great.', replyTo: '@SFOgov is useless', settings: { department: 'Student Finance Office' }, flags: ['As a random parent'], messageId: 'lay' },
    { text: 'As a local dog walker I’ve never had a problem. Storm in a teacup.', replyTo: 'Closing the moor is an outrage', settings: { department: 'Defence Estates Agency' }, flags: ['As a local dog walker'], messageId: 'lay', why: 'plays down criticism in a reply' },
    { text: 'Just an ordinary visitor here, but the booking is easy. Whoever built it deserves a pay rise.', settings: { department: 'Prison and Probation Agency' }, flags: ['Just an ordinary visitor'], messageId: 'lay', why: 'praises a service' },
    { text: 'As a mum of two, the new prison is fine. The jobs will be great. Stop scaremongering.', settings: { department: 'Prison and Probation Agency' }, flags: ['As a mum of two'], messageId: 'lay', why: 'defence two sentences from the work' },
    { text: 'Not that I know anything about it but the flood agency did everything right.', settings: { department: 'National Flood Warning Agency' }, flags: ['Not that I know anything about'], messageId: 'denial' },
  ],
});
