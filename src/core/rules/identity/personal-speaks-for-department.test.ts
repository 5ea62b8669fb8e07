// Posts that must and must not trigger the personal-speaks-for-department rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './personal-speaks-for-department.ts';

const land = { department: 'HM Land and Property Register', handles: ['@HMLPR'] };
const pensions = { department: 'State Pension Service' };
const passports = { department: 'Passport and Identity Office' };
const revenue = { department: 'Revenue and Duties Agency' };
const courts = { department: 'Courts and Tribunals Administration' };

testRule(rule, {
  valid: [
    { text: 'DM me your address and I’ll send you the photos from the wedding!', why: 'a friend’s favour, nothing about public services' },
    { text: 'Views my own, but as someone who works at the Rural Payments Agency: the new rates were published this morning and the guidance explains them better than any thread will.', why: 'saying where you work is the disclosure asked for' },
    { text: 'I fix boilers for a living and even I think the new heat pump grant is a good deal.', why: 'a job outside the work' },
    { text: 'Thanks for the lift yesterday, I owe you one, promise!', why: 'a promise between friends' },
    { text: 'Ten years ago today I started as an administrative officer in a prison. Some days are awful, but I love it.', why: 'a career, not a credential' },
    { text: 'As a civil servant I’m not going to say which party I prefer, but the side-by-side comparison is a neutral place to start.', why: 'the status named to stay impartial' },
    { text: 'I work at the Department for Energy Resilience, so this is a personal post. The Energy Debt Relief Scheme announced today opens in January: gov.uk/energy-debt-relief', why: 'the disclosure the guidance asks for' },
    { text: 'Yep, I do. Have a good evening.', replyTo: 'You work for the Revenue and Duties Agency?', settings: revenue, why: 'about the writer' },
    { text: 'Proud to work at the Passport and Identity Office 💙 Today’s data shows we processed 1.2m applications.', settings: passports, why: 'says where' },
    { text: 'We collected the kids and we’re down to our last pint of milk.', settings: { department: 'Eastmoor Borough Council' }, why: 'a family’s "we"' },
    { text: 'As someone who works in retail, the new bank holiday is a disaster for our rotas.', why: 'a job outside the work' },
    { text: 'As someone who has worked on the NHS app for five years, I’m so proud of this team and what they’ve launched today.', why: 'an inside part with pride, no judgement or forecast' },
    { text: '📣 We’re hiring! I lead recruitment for the Courts and Tribunals Administration, so I’m biased. Apply by 7 April on Civil Service Jobs.', settings: courts, why: 'the writer names the department as theirs, which discloses it' },
    { text: 'Don’t worry, the weather looks lovely for the school fete on Saturday.', settings: passports, why: 'reassurance about nothing the department does' },
    { text: "We're scrapping the old shed this weekend and putting up a greenhouse.", why: 'a family "we"' },
    { text: 'I’m not posting on behalf of HM Land and Property Register, but the fees table is at gov.uk/land-fees.', settings: land, why: 'a disclaimer' },
    'We’ll fix the garden fence this weekend, weather permitting.',
    { text: 'We will refund you within 14 days.', account: 'official', why: 'an official account speaks for the department' },
    { text: 'Officially the best cake I have ever eaten.', why: '"officially" as emphasis' },
    { text: 'The minister said "the department will refund everyone affected".', why: 'quoted' },
    { text: 'Not speaking officially (I work for the State Pension Service), but the forecast tool is at gov.uk/check-state-pension.', settings: pensions, why: 'disclosed, pointing to published guidance' },
    { text: 'My team at the Department for Energy is hiring. Happy to have an informal chat, drop me a message.', settings: { department: 'Department for Energy' }, why: 'a chat, not a service' },
    { text: 'Please be kind to frontline staff, we’re people too.', settings: { department: 'Department for Work and Welfare Support' } },
    { text: 'We’ve finally decided to replace the boiler. Any recommendations?', settings: { department: 'Department for Energy Markets' }, why: 'a household “we”, even on the department’s topic' },
    { text: 'Don’t worry, the school run will be back to normal once the roadworks finish.', settings: { department: 'Department for Transport Networks' } },
  ],
  invalid: [
    { text: 'Right, to everyone asking in the replies: no, we’re not bringing back the paper tax disc. Stop asking.', settings: { department: 'Driver and Vehicle Records Agency' }, flags: ['we’re not bringing back'], messageId: 'we', why: 'an office’s verb answering the public, the service unnamed' },
    { text: 'Speaking as someone who works on pay policy: the union’s numbers are selective. The offer is generous and doctors should take it.', flags: ['as someone who works on pay'], messageId: 'insider', why: 'telling others what to do on the strength of the part' },
    { text: 'Stuck waiting for your driving licence? DM me your name and date of birth and I’ll have a nosey on the system for you.', settings: { department: 'Driver and Vehicle Records Agency' }, flags: ['DM me'], messageId: 'offer', why: 'casework offered from a personal account' },
    { text: 'Message me your full name and postcode, I work at the Jobcentre and can have a look on the system for you tomorrow x', replyTo: 'Still no word on my Jobcentre appointment', settings: { department: 'Department for Employment and Pensions' }, flags: ['Message me'], messageId: 'offer', why: 'saying where you work does not make working a case from a personal account official' },
    { text: 'I literally process visa applications for a living and even I think the new fee rise is daylight robbery.', flags: ['I literally process visa applications for a living'], messageId: 'insider' },
    { text: 'hi, I work in payments. it’s a known glitch with the Tuesday batch, should be in by 6pm, promise 🙏', replyTo: 'Where’s my payment?', flags: ['promise'], messageId: 'promise', why: 'a promise tacked on an update, even when the writer says where they work' },
    { text: 'Speaking as a caseworker, the new asylum rules are going to be a nightmare to implement.', flags: ['Speaking as a caseworker'], messageId: 'insider' },
    { text: 'Working on the new immigration bill and it’s a mess, won’t survive contact with reality.', flags: ['Working on'], messageId: 'insider' },
    { text: 'Some of us have spent two years on the bypass traffic modelling. Anyone saying it’ll just move the jams hasn’t looked at the numbers.', flags: ['Some of us have spent'], messageId: 'insider', why: 'an inside part offered against critics' },
    { text: 'Unpopular opinion from someone who writes this stuff: the new Renters’ Charter is half-baked and whoever signed off section 8 should be embarrassed.', flags: ['from someone who writes'], messageId: 'insider' },
    { text: 'I’ll just say it, as someone on the project team: yes, it’s closing. The announcement’s coming in the next few weeks.', flags: ['as someone on the project team'], messageId: 'insider', why: 'said openly or not, it tells what is coming' },
    { text: 'With respect, your party wrecked the public finances and we at the Treasury have spent two years cleaning up the mess.', flags: ['we at the Treasury'], messageId: 'insider' },
    { text: 'Speaking for the whole department here: sorry, we messed up 🙏 We’ll make it right.', flags: ['Speaking for the whole department'], why: '“speaking for” is “on behalf of”' },
    { text: 'Everyone in this group panicking about passports: relax. The backlog’s basically cleared. You’ll be fine.', settings: passports, flags: ['relax'], why: 'assurance about the office’s work only an insider can give' },
    { text: 'People keep asking me whether VAT on school fees is going to be reversed. It won’t. Trust me on this one. 😉', settings: revenue, flags: ['Trust me'], why: 'in a short post the topic two sentences back is still near' },
    { text: "Good news for hauliers: from April we're scrapping the paper permit.", flags: ["we're scrapping"], severity: 'warning', messageId: 'decision' },
    { text: 'Don’t worry, the agency will refund you in full.', flags: ['the agency will refund'], messageId: 'authority' },
    { text: 'Speaking on behalf of the department, we apologise for the delays.', flags: ['on behalf of the department'], messageId: 'authority' },
    { text: 'Officially, the department’s position is that the scheme will continue.', flags: ['Officially', 'the department’s position is'], messageId: 'authority' },
    { text: 'Sorry about your application. HMLPR will definitely waive the fee.', settings: land, flags: ['HMLPR will definitely waive'], messageId: 'authority' },
    { text: 'Calm down everyone, nobody’s state pension is being cut. We’ve checked and the April payments will go out as normal.', settings: pensions, flags: ['is being cut', 'We’ve checked', 'payments will'] },
    { text: 'I work at the passport office. DM me your application number and I’ll chase it.', settings: { department: 'HM Passport Office' }, flags: ['DM me your', 'I’ll chase it'], messageId: 'offer', why: 'an offer of service, even when disclosed' },
    { text: 'To everyone stuck abroad: everyone will be home by Sunday, I promise.', replyTo: 'Is anyone from the government going to help us get home??', settings: { department: 'Consular Support Office' }, flags: ['I promise'], messageId: 'promise' },
    { text: 'No, it’s not being scrapped. People read rubbish in the papers.', replyTo: 'Is it true they’re scrapping the state pension top-up?', settings: pensions, flags: ['No', 'not being scrapped', 'People read rubbish'] },
    { text: 'Lots of questions about the new pension forecast. To clarify: it is free to use.', settings: pensions, flags: ['To clarify'], messageId: 'correction' },
    { text: 'From April we’ll collect the bins fortnightly.', replyTo: 'What’s happening with the garden waste bins?', settings: { department: 'Eastmoor Borough Council' }, flags: ['we’ll collect'], messageId: 'we' },
    { text: 'Wrong. We’ve fined more water companies than ever.', replyTo: 'The water regulator is captured.', settings: { department: 'Water Standards Authority' }, flags: ['We’ve fined'], messageId: 'we' },
    { text: 'we’re down to 6 inspectors, that’s why.', replyTo: 'Why hasn’t my nursery been inspected?', settings: { department: 'Schools and Early Years Inspectorate' }, flags: ['we’re down to'], messageId: 'we' },
  ],
});
