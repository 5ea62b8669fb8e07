// Posts the learned legal check must and must not raise, written for this test (not from the eval corpus); each flag is the sentence that weighed most.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './learned-legal.ts';

testRule(rule, {
  valid: [
    { text: "The court fined Northgate Ltd £40,000 yesterday for breaching fire safety law, as published in the judgment.", account: "official" },
    { text: "If you think a business is trading unsafely, report it to your local trading standards team.", account: "official" },
    { text: "Great to see the new library open in the village, with a café and a children's corner.", account: "personal" },
    { text: "Our annual accounts have been audited and are published in full today.", account: "official" },
    { text: 'Fine, thanks.', why: 'under six words the model does not judge' },
  ],
  invalid: [
    { text: "Everyone knows the boss of Harlow Builders has been taking backhanders from the council for years. Crook.", account: "personal", flags: ["Everyone knows the boss of Harlow Builders has been taking backhanders from the council for years."], messageId: "learned" },
    { text: "Brightway Care are stealing from their residents, simple as that. Someone should lock them up.", account: "personal", flags: ["Brightway Care are stealing from their residents, simple as that."], messageId: "learned" },
    { text: "Here's the full film for anyone who missed it at the cinema, enjoy, I uploaded it from my copy.", account: "official", flags: ["Here's the full film for anyone who missed it at the cinema, enjoy, I uploaded it from my copy."], messageId: "learned" },
    { text: "That landlord on Station Road is a fraudster who forges tenancy agreements, avoid him at all costs.", account: "personal", flags: ["That landlord on Station Road is a fraudster who forges tenancy agreements, avoid him at all costs."], messageId: "learned" },
    { text: "Councillor Ames has been fiddling his expenses and lying about it, and I can prove it.", account: "personal", flags: ["Councillor Ames has been fiddling his expenses and lying about it, and I can prove it."], messageId: "learned" },
  ],
});
