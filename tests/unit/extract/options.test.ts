import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract';
import { NOW, page } from './helpers';

// Too little for detection to call it a vacancy, but with a title and a deadline to read.
const BODY = '<main><h1>Beleidsmedewerker</h1><p>Solliciteer ten laatste op 15 februari 2026.</p></main>';
const URL = 'https://www.example.be/nieuws/1';

describe('extractFacts options', () => {
  it.each([
    ['no options: detection decides, no facts', {}, false, null],
    ['detected: the content script already said yes', { detected: true }, true, '2026-02-15'],
    ['evenIfNotVacancy: read, but not called a vacancy', { evenIfNotVacancy: true }, false, '2026-02-15'],
  ] as const)('%s', (_, options, isVacancy, deadline) => {
    const facts = extractFacts(page(BODY), URL, NOW, options);
    expect(facts.isVacancy).toBe(isVacancy);
    expect(facts.deadline).toBe(deadline);
  });
});
