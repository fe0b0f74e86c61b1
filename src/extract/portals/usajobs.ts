/** USAJOBS: the announcement number is the vacancy's code, the control number (URL) the portal's. Fixtures: usajobs-*. */
import type { Portal } from './types';
import { hostIs } from './types';

export const usajobs: Portal = {
  id: 'usajobs',
  matches: hostIs('usajobs.gov'),
  selectors: { title: 'main h1' },
  labels: { reference: ['Announcement number'], portalId: ['Control number'], organisation: ['Agency', 'Department'] },
};
