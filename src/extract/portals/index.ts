import { bosa } from './bosa';
import { choisirLeServicePublic } from './choisirleservicepublic';
import { civilServiceJobs } from './civilservicejobs';
import { epso } from './epso';
import { interamt } from './interamt';
import { nhsJobs } from './nhsjobs';
import { provincieAntwerpen } from './provincieantwerpen';
import { stadGent } from './stad';
import { onPortal, type Portal } from './types';
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

/** The rules of the portal this address belongs to, or null (the generic rules alone). */
export function portalRulesFor(url: URL): Portal | null {
  return PORTALS.find((p) => onPortal(p, url)) ?? null;
}
