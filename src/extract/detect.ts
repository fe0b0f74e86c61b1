/**
 * Is this a page about one vacancy? Its address and structure first (detect-read.ts), then what its
 * text says (detect-weigh.ts). The content script runs the two halves apart, the weighing in the
 * background, so that the phrases of every language are not carried into every page it reads; the
 * extractor and `npm run extract` run them here in one go, with the same answer.
 */
import { readForDetection } from './detect-read';
import { weighReading } from './detect-weigh';

export { isListAddress } from './detect-read';

export function looksLikeVacancy(doc: Document, url: string): boolean {
  const reading = readForDetection(doc, url);
  return reading !== null && weighReading(reading);
}
