// Quotations clear a finding only when they report someone else's words and the poster does not endorse them.
import { describe, expect, it } from 'vitest';
import { reportedQuoteRanges } from './reported-quotes.ts';

const reported = (text: string) => reportedQuoteRanges(text).map(([s, e]) => text.slice(s, e));

describe('reportedQuoteRanges', () => {
  it('treats attributed words as reported', () => {
    expect(reported('The caller said "you are all idiots" and we have reported it.')).toEqual(['"you are all idiots"']);
  });
  it('does not clear a quotation the poster endorses', () => {
    expect(reported('Totally agree: "the minister is a clown".')).toEqual([]);
    expect(reported('"The minister is a clown" - me, every day')).toEqual([]);
  });
  it('reads "this morning" before a quotation as a time, not an endorsement', () => {
    expect(reported('Got this in my DMs after our post this morning: "civil service scum." Reported it.')).toEqual(['"civil service scum."']);
    expect(reported('This: "the minister is a clown".')).toEqual([]);
  });
  it('reads "this" pointing at a thing received as a report, not an endorsement', () => {
    expect(reported('One of my team opened this in our inbox: "I know where your office is." We reported it.')).toEqual(['"I know where your office is."']);
    expect(reported('This came in overnight: "you lot are scum". Reported.')).toEqual(['"you lot are scum"']);
  });
  it('does not clear scare quotes', () => {
    expect(reported("Another 'crackdown' from the Home Secretary.")).toEqual([]);
  });
  it('treats a long quotation after "X said:" as reported, however much of the post it is', () => {
    const text = 'The Chancellor said: “This Budget delivers for working families and puts more money in people’s pockets.”';
    expect(reported(text)).toEqual(['“This Budget delivers for working families and puts more money in people’s pockets.”']);
  });
  it('does not clear a post that is one long quotation (an export, a post wrapped in quotes)', () => {
    expect(reported('"We are brilliant and everyone else is useless, says the minister"')).toEqual([]);
  });
  it.each([
    ["The message I got: 'you civil service lot should be hanged.' I've reported it.", ["'you civil service lot should be hanged.'"]],
    ["2,000 abusive messages, including 'I hope you all die' and threats to 'find out where you live'.", ["'I hope you all die'", "'find out where you live'"]],
  ])('reads straight single quotes, the British habit, as quotation marks: %s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
  it.each([
    "I've told the students' union we're on it, haven't I.",
    "The caller's details weren't kept, and the officers' notes say nothing.",
    "Told you: the lads' night out and the girls' trip both went ahead.",
  ])('keeps apostrophes apostrophes: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
