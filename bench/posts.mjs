// Realistic civil-service posts at 280, 1,300 and 20,000 characters, the same for every tool the benchmark times.

// Sentences of the kind departments and their staff post: service news, replies to the public, events, recruitment.
const SENTENCES = [
  'Thanks for getting in touch about your claim.',
  'We know waiting is frustrating and we are sorry for the delay.',
  'You can check progress online at gov.uk/check-claim, or call 0300 123 4567 (Monday to Friday, 8am to 6pm).',
  'The new service went live this week after testing with 2,000 users across the country.',
  'Our team visited Leeds on Tuesday to hear how the changes are working for local employers.',
  'Applications for the apprenticeship scheme open on 3 March and close on 28 March.',
  'If you have already applied, there is no need to do anything else: we will write to you.',
  'Find out what support is available for energy bills this winter, and how to apply.',
  'Read the full guidance, including the easy read and Welsh language versions.',
  'We are hiring policy advisers in Manchester, Glasgow and Newport; the closing date is 14 April.',
  'Proud to see colleagues from across the department volunteering at the food bank this weekend.',
  'Please do not share personal details here; send us a private message and we will look into it.',
  'The consultation on the draft code of practice runs for twelve weeks, and every response is read.',
  'Flood warnings are in place for parts of Yorkshire: sign up for free alerts and check your route before you travel.',
  'Our helpline is busy on Monday mornings, so the quickest way is usually the online form.',
  'Thank you to everyone who came to the open day at our Newcastle office and asked such good questions.',
  'The latest figures are published on our statistics page at 9:30am on the first Thursday of each month.',
  'Jobcentre Plus work coaches can help you find training, write a CV and prepare for interviews.',
  'We have updated the eligibility checker so it works better with screen readers and on mobile phones.',
  'Over the next month we will be running drop-in sessions in libraries to help people get online.',
];

/** Sentences joined in a fixed order, a paragraph break every five, cut at the last word boundary before `length`. */
function postOf(length) {
  let out = '';
  for (let i = 0; out.length < length + 200; i++) {
    out += SENTENCES[(i * 7) % SENTENCES.length] + ((i + 1) % 5 === 0 ? '\n\n' : ' ');
  }
  const cut = out.slice(0, length);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 20)).trimEnd();
}

export const POSTS = { 280: postOf(280), 1300: postOf(1300), 20000: postOf(20000) };
