// Words that show a post is about government or a public service, the context in which identity rules apply.

/** Government, policy and public-service vocabulary; one sighting is enough. */
export const GOVERNMENT_WORDS =
  /(?<![\p{L}\p{N}_])(?:government|govt|policy|policies|department|dept|ministers?|ministry|whitehall|civil service|scheme|charter|reforms?|consultation|budget|tax(?:es)?|benefits?|pensions?|public services?|nhs|council|legislation|white paper|new rules|the law|gov\.uk|application|applications|claims?|claimants?|helpline|online account|caseworkers?|appeals?|refunds?|licen[cs]es?|passports?|loans?|grants?|funding|funded)(?![\p{L}\p{N}_])/iu;
