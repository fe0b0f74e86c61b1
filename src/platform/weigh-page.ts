import type { Browser } from 'wxt/browser';
import { MAX_TEXT, type PageReading } from '../extract/detect-read';
import { weighReading } from '../extract/detect-weigh';
import { z } from '../model/zod';
import { WEIGH_PAGE } from './weigh-page-message';

/** The reading as detect-read.ts builds it, no more: a title is cut at 300 characters, the text at MAX_TEXT. */
const WeighPageSchema = z.strictObject({
  type: z.literal(WEIGH_PAGE),
  reading: z.strictObject({
    titles: z.array(z.string().max(300)).max(2),
    text: z.string().max(MAX_TEXT),
    labels: z.number().int().min(0).max(10_000),
    postings: z.number().int().min(0).max(1),
    urlHint: z.boolean(),
    titleMarker: z.boolean(),
    article: z.boolean(),
  }),
});

/**
 * The verdict on a page the content script read, or null when refused: only this extension's
 * content script in a tab asks (a page cannot reach the runtime; another extension's message carries
 * its own id), and only with a reading of the shape it builds. A yes only lets the content script ask
 * for the sidebar, which it may do anyway: the verdict opens nothing else.
 */
export function weighPageVerdict(message: unknown, sender: Browser.runtime.MessageSender, extensionId: string): boolean | null {
  const parsed = WeighPageSchema.safeParse(message);
  if (!parsed.success || sender.id !== extensionId || sender.tab?.id === undefined) return null;
  return weighReading(parsed.data.reading satisfies PageReading);
}

/** Answers the content script: the verdict, or false when refused. */
export function onWeighPage(): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== WEIGH_PAGE) return false;
    sendResponse(weighPageVerdict(message, sender, browser.runtime.id) ?? false);
    return false;
  });
}
