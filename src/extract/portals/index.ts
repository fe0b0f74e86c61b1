import type { Portal } from './types';
import { werkenbijdeoverheid } from './werkenbijdeoverheid';

export type { Portal } from './types';

export const PORTALS: readonly Portal[] = [werkenbijdeoverheid];

export function portalFor(url: URL): Portal | null {
  return PORTALS.find((p) => p.matches(url)) ?? null;
}
