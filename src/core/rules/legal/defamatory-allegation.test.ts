// Posts that must and must not trigger the defamatory-allegation rule, with the exact words it flags.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './defamatory-allegation.ts';

testRule(rule, {
  valid: [
    { text: 'Following our investigation, Voltra Energy has agreed to pay £6.3m in redress to customers who were overcharged. Our findings: emo.gov.uk/voltra', account: 'official', why: 'a published regulatory finding' },
    { text: 'Scam warning: we know about fake texts telling people they are owed a tax refund. Don’t click the link.', account: 'official', why: 'a fraud warning names no one' },
    { text: 'Employers can apply for the fund to cover up to 75% of the cost of training.', account: 'official', why: 'a phrasal verb' },
    { text: 'To whoever dumped 14 bags of rubbish at Langdale car park on Sunday: take it home.', account: 'official', why: 'nobody identifiable' },
    { text: 'Finished The Liar’s Daughter on the train home. Did not see that twist coming.', why: 'a book title' },
    { text: 'The director was convicted of fraud at Eastmoor Crown Court last year.', why: 'a court finding on the record' },
    { text: 'Ashcombe Lettings is accused of falsifying safety records; the company denies it.', why: 'reported allegation' },
    { text: 'Fraudsters are stealing bank details by pretending to be HMRC. Never share your PIN.', account: 'official', why: 'a class of wrongdoer, no one named' },
    { text: 'Benefit fraud is a crime. Report it at gov.uk/report-benefit-fraud', account: 'official' },
    { text: 'I lied to my kids about the ice cream van again.', why: 'first person' },
    { text: 'If a landlord has lied about your deposit, you can complain to the tenancy scheme.', account: 'official', why: 'conditional' },
    { text: 'He said "they are crooks" but offered no evidence.', why: 'quoted' },
    { text: 'Lambing season: keep dogs on a lead. Sheep worrying is a criminal offence.', account: 'official', why: '"criminal" as an adjective about an act' },
    { text: 'Having a criminal record does not stop you applying.', account: 'official' },
  ],
  invalid: [
    { text: 'Warning: Kenton Autos in Rotherby has been issuing fake MOT certificates to cars that would never pass.', account: 'official', flags: ['fake'], messageId: 'allegation' },
    { text: 'Ask around about Ridgeway Scaffolding. They’ve been fiddling their VAT returns for years.', flags: ['fiddling'] },
    { text: 'Not saying anything, but isn’t it interesting that Halden Build keeps landing council contracts. Purely a coincidence, I’m sure 🤔', flags: ['isn’t it interesting', 'Purely a coincidence'], messageId: 'insinuation' },
    { text: 'Harlow & Finch Solicitors routinely bill us for legal aid work they never did.', flags: ['never did'] },
    { text: 'Our new neighbour Ian Corrigan has been claiming the single person discount while his girlfriend lives there.', flags: ['claiming'] },
    { text: 'Northgate Facilities plc routinely falsifies its fire safety certificates.', flags: ['falsifies'], severity: 'warning' },
    { text: 'X Ltd has falsified its data for years.', flags: ['falsified'] },
    { text: '@JohnSmith is a fraud.', flags: ['fraud'] },
    { text: 'Everyone knows the councillor took bribes.', flags: ['took bribes'] },
    { text: 'Don’t pay Swiftpark Ltd. They’re crooks.', flags: ['crooks'] },
    { text: 'Paul Greaves has been defrauding tenants for years.', flags: ['defrauding'] },
    { text: 'Harrowby Dairy knowingly sold contaminated cheese.', account: 'official', flags: ['knowingly sold'] },
    { text: 'The finance director embezzled the pension fund.', flags: ['embezzled'] },
    { text: 'Don’t use Harcourt Builders. They take your deposit and vanish. Bunch of con artists.', flags: ['Bunch of con artists'] },
    { text: 'Fenwick Motors is a fraudulent operation.', flags: ['fraudulent operation'] },
    { text: 'Apex Cloud rigged the government IT tender.', flags: ['rigged the government IT tender'] },
    { text: 'They bribed their way onto the framework.', flags: ['bribed their way'] },
    { text: 'The owner is a criminal and should be avoided.', flags: ['criminal'] },
  ],
});
