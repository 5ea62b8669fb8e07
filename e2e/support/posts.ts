// Posts the sidebar tests type: a long one with 20+ findings of every severity, and short ones with exact fixes.

/** 20 findings on an official X account: must fix, warnings and advice, several with exact fixes. */
export const LONG_POST =
  'Going forward we will utilise a robust plan to tackle fraud!!! This is OFFICIAL-SENSITIVE, do not share. What a shit week. ' +
  'In order to apply, see bit.ly/abc123 or call us on 0300 123 4567. Mental health awareness week starts today #mentalhealthawarenessweek. ' +
  'Leverage our key streamline hub. Vote Labour! Those idiots in the opposition are clowns!!! Email jane.doe@gmail.com about her NI number QQ123456C.';

/** One sentence of more than 25 words: the long-sentence finding covers the whole post. */
export const ONE_LONG_SENTENCE =
  'We are pleased to say that the new service for renewing a licence online is now open to everyone who lives in England and Wales from today onwards.';

/** "utilise" has exactly one plain replacement ("use"). */
export const FIXABLE = 'Please utilise the online form';
export const FIXED = 'Please use the online form';
