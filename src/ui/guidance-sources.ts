// The published document behind each guidance line (G1–G30), so every rule page can link to its source.

import type { GuidanceId } from '../core/guidance.ts';

export interface Source {
  title: string;
  url: string;
}

const SOCIAL_MEDIA_2014: Source = {
  title: 'Social media guidance for civil servants (Cabinet Office, October 2014)',
  url: 'https://www.gov.uk/government/publications/social-media-guidance-for-civil-servants/social-media-guidance-for-civil-servants',
};
const GCS_PROPRIETY: Source = {
  title: 'Propriety in digital and social media (Government Communication Service)',
  url: 'https://gcs.civilservice.gov.uk/guidance/professional-standards/propriety/propriety-in-digital-and-social-media/',
};
const CIVIL_SERVICE_CODE: Source = { title: 'The Civil Service Code', url: 'https://www.gov.uk/government/publications/civil-service-code' };
const ELECTION_GUIDANCE: Source = {
  title: 'General election guidance for civil servants',
  url: 'https://www.gov.uk/government/publications/election-guidance-for-civil-servants',
};
const MANAGEMENT_CODE: Source = { title: 'Civil Service Management Code', url: 'https://www.gov.uk/government/publications/civil-servants-terms-and-conditions' };
const CLASSIFICATIONS: Source = { title: 'Government Security Classifications', url: 'https://www.gov.uk/government/publications/government-security-classifications' };
const STATISTICS_CODE: Source = {
  title: 'Code of Practice for Statistics: orderly release',
  url: 'https://www.statisticsauthority.gov.uk/code-of-practice/the-code/trustworthiness/t3-orderly-release/',
};
const ICO_SPECIAL: Source = {
  title: 'ICO: personal data and special category data',
  url: 'https://ico.org.uk/for-organisations/guide-to-data-protection/guide-to-the-general-data-protection-regulation-gdpr/special-category-data/what-is-special-category-data/',
};
const GOVUK_STYLE: Source = { title: 'GOV.UK style guide, A to Z', url: 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style' };
const ACCESSIBLE_SOCIAL: Source = {
  title: 'Accessible social media campaigns (Government Communication Service)',
  url: 'https://gcs.civilservice.gov.uk/guidance/digital-communication/planning-creating-and-publishing-accessible-social-media-campaigns/',
};

export const GUIDANCE_SOURCES: Record<GuidanceId, readonly Source[]> = {
  G1: [SOCIAL_MEDIA_2014], G2: [SOCIAL_MEDIA_2014], G3: [SOCIAL_MEDIA_2014], G4: [SOCIAL_MEDIA_2014], G5: [SOCIAL_MEDIA_2014, GCS_PROPRIETY],
  G6: [SOCIAL_MEDIA_2014], G7: [SOCIAL_MEDIA_2014], G8: [SOCIAL_MEDIA_2014, CIVIL_SERVICE_CODE], G9: [SOCIAL_MEDIA_2014, GCS_PROPRIETY],
  G10: [SOCIAL_MEDIA_2014], G11: [SOCIAL_MEDIA_2014], G12: [SOCIAL_MEDIA_2014], G13: [SOCIAL_MEDIA_2014], G14: [SOCIAL_MEDIA_2014],
  G15: [SOCIAL_MEDIA_2014], G16: [SOCIAL_MEDIA_2014], G17: [SOCIAL_MEDIA_2014], G18: [SOCIAL_MEDIA_2014], G19: [SOCIAL_MEDIA_2014, GCS_PROPRIETY],
  G20: [SOCIAL_MEDIA_2014], G21: [GCS_PROPRIETY], G22: [GCS_PROPRIETY], G23: [SOCIAL_MEDIA_2014],
  G24: [CIVIL_SERVICE_CODE], G25: [CIVIL_SERVICE_CODE, ELECTION_GUIDANCE], G26: [MANAGEMENT_CODE], G27: [CLASSIFICATIONS],
  G28: [STATISTICS_CODE], G29: [ICO_SPECIAL], G30: [GOVUK_STYLE, ACCESSIBLE_SOCIAL],
};
