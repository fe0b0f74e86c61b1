import { z } from 'zod';

// An MV3 extension's content security policy forbids `new Function`; zod would otherwise probe
// for it (and log a CSP violation) before falling back. Every schema imports z from here.
z.config({ jitless: true });

export { z };
