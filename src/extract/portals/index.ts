import { bosa } from './bosa';
import { choisirLeServicePublic } from './choisirleservicepublic';
import { civilServiceJobs } from './civilservicejobs';
import { epso } from './epso';
import { interamt } from './interamt';
import { nhsJobs } from './nhsjobs';
import { provincieAntwerpen } from './provincieantwerpen';
import { stadGent } from './stad';
import type { Portal } from './types';
import { usajobs } from './usajobs';
import { vlaanderen } from './vlaanderen';
import { werkenbijdeoverheid } from './werkenbijdeoverheid';
import { werkenvoornederland } from './werkenvoornederland';

export type { Portal } from './types';

export const PORTALS: readonly Portal[] = [
  werkenbijdeoverheid,
  vlaanderen,
  bosa,
  stadGent,
  provincieAntwerpen,
  werkenvoornederland,
  interamt,
  civilServiceJobs,
  nhsJobs,
  usajobs,
  choisirLeServicePublic,
  epso,
];

export function portalFor(url: URL): Portal | null {
  return PORTALS.find((p) => p.matches(url)) ?? null;
}
