// The identity rules, sorted by id.

import type { Rule } from '../../rule.ts';
import learnedIdentity from './learned-identity.ts';
import officialPersonalOpinion from './official-personal-opinion.ts';
import outsiderPosing from './outsider-posing.ts';
import personalSpeaksForDepartment from './personal-speaks-for-department.ts';
import undisclosedDepartmentInterest from './undisclosed-department-interest.ts';

export default [learnedIdentity, officialPersonalOpinion, outsiderPosing, personalSpeaksForDepartment, undisclosedDepartmentInterest] satisfies Rule[];
