// Posts the learned engagement check must and must not raise, written for this test (not from the eval corpus); each flag is the sentence that weighed most.
import { testRule } from '../../testing/rule-tester.ts';
import rule from './learned-engagement.ts';

testRule(rule, {
  valid: [
    { text: "Sorry to hear that. Please send us a direct message with your reference number so we can look into it.", account: "official", replyTo: "my application has been stuck for six weeks" },
    { text: "You can apply online in about ten minutes. If you need help, our advisers can talk you through it.", account: "official" },
    { text: "Thanks for the kind words about the team at the Exeter office, we'll pass them on.", account: "official", replyTo: "the staff at exeter were brilliant today" },
    { text: "We've updated the guidance on school transport. Read what's changed on our website.", account: "official" },
    { text: "Great to meet so many of you at the careers fair in Hull this week.", account: "official" },
    { text: 'Fine, thanks.', why: 'under six words the model does not judge' },
  ],
  invalid: [
    { text: "@jon_m we've looked at your tax account and the payment of £312 you made in March went to the wrong year, so you owe us £90.", account: "official", replyTo: "still waiting on my refund, useless lot", flags: ["@jon_m we've looked at your tax account and the payment of £312 you made in March went to the wrong year, so you owe us £90."], messageId: "learned" },
    { text: "Argue with us all you like mate, you're wrong and we're not going to change our minds for the likes of you.", account: "official", replyTo: "you lot are corrupt scum and I hope you rot", flags: ["Argue with us all you like mate, you're wrong and we're not going to change our minds for the likes of you."], messageId: "learned" },
    { text: "Our online form is down so please ring the helpline instead, or better still write to us at our Bootle office and we will reply by post.", account: "official", flags: ["Our online form is down so please ring the helpline instead, or better still write to us at our Bootle office and we will reply by post."], messageId: "learned" },
    { text: "Message me any time of day or night on this account and I'll personally answer every question you have.", account: "official", flags: ["Message me any time of day or night on this account and I'll personally answer every question you have."], messageId: "learned" },
    { text: "@sam_d we've checked and your son's housing benefit was stopped because his partner moved in at 14 Elm Court last month.", account: "official", replyTo: "why has my son's benefit been stopped", flags: ["@sam_d we've checked and your son's housing benefit was stopped because his partner moved in at 14 Elm Court last month."], messageId: "learned" },
  ],
});
