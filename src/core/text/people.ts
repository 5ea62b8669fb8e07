// Cues that text is about a particular private person, shared by the personal-data rules.

/** Words that tie nearby data to an individual: pronouns, relations, honorifics, case roles, handles. */
export const PERSON_CUE =
  /(?<![\p{L}])(?:his|her|hers|him|their|my|me|mine|mum['’]?s?|mom['’]?s?|dad['’]?s?|wife['’]?s?|husband['’]?s?|partner['’]?s?|son['’]?s?|daughter['’]?s?|neighbou?r['’]?s?|friend['’]?s?|claimant['’]?s?|customer['’]?s?|resident['’]?s?|tenant['’]?s?|patient['’]?s?|applicant['’]?s?|pupil['’]?s?|client['’]?s?|constituent['’]?s?|lives|living|home)(?![\p{L}])|(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}|@[A-Za-z0-9_]{2,}/u;

/** Words that say a number, address or email belongs to an organisation and is published for the public. */
export const ORGANISATION_CUE =
  /(?<![\p{L}])(?:helpline|help\s*line|advice\s*line|hotline|call\s+us|contact\s+us|ring\s+us|phone\s+us|text\s+us|text\s+['‘“"]?[\p{L}\p{N}]+['’”"]?\s+to|sms|whatsapp\s+(?:us|our)|alerts?|textphone|relay\s+uk|freephone|lines?\s+(?:are\s+)?open|opening\s+hours|mon(?:day)?\s*(?:-|–|to)\s*fri(?:day)?|press\s+office|media\s+enquiries|newsdesk|enquiries|switchboard|reception|out\s+of\s+hours|our\s+(?:office|team|number|line)|visit\s+us|write\s+to\s+us|council|surgery|practice|pharmacy|service|centre|center|hq|headquarters)(?![\p{L}])/iu;
