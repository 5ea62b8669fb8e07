// The confidentiality rules, sorted by id.

import type { Rule } from '../../rule.ts';
import bankDetails from './bank-details.ts';
import classificationMarking from './classification-marking.ts';
import codeword from './codeword.ts';
import credential from './credential.ts';
import dateOfBirth from './date-of-birth.ts';
import earlyPublication from './early-publication.ts';
import embargoPhrase from './embargo-phrase.ts';
import homeAddress from './home-address.ts';
import identifiablePerson from './identifiable-person.ts';
import insiderBet from './insider-bet.ts';
import internalReference from './internal-reference.ts';
import learnedConfidentiality from './learned-confidentiality.ts';
import nationalInsuranceNumber from './national-insurance-number.ts';
import nhsNumber from './nhs-number.ts';
import paymentCard from './payment-card.ts';
import personalDataList from './personal-data-list.ts';
import phoneNumber from './phone-number.ts';
import preReleaseStatistics from './pre-release-statistics.ts';
import privateEmail from './private-email.ts';
import securityWeakness from './security-weakness.ts';
import specialCategoryData from './special-category-data.ts';
import unannouncedDecision from './unannounced-decision.ts';
import vehicleRegistration from './vehicle-registration.ts';
import vettingLevel from './vetting-level.ts';

export default [bankDetails, classificationMarking, codeword, credential, dateOfBirth, earlyPublication, embargoPhrase, homeAddress, identifiablePerson, insiderBet, internalReference, learnedConfidentiality, nationalInsuranceNumber, nhsNumber, paymentCard, personalDataList, phoneNumber, preReleaseStatistics, privateEmail, securityWeakness, specialCategoryData, unannouncedDecision, vehicleRegistration, vettingLevel] satisfies Rule[];
