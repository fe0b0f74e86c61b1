import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANGES_CHANNEL, subscribeToChanges } from '../../../src/messaging/changes';

const summary = {
  id: 'a1',
  url: 'https://www.werkenbijdeoverheid.be/vacature/a/A.html',
  portal: 'werkenbijdeoverheid.be',
  title: 'Communicatiemedewerker lokale besturen',
  organisation: 'Provincie Antwerpen',
  status: 'applied',
  trackedAt: '2026-01-20T09:30:00.000Z',
  updatedAt: '2026-01-22T14:00:00.000Z',
  eventDates: ['2026-02-03'],
};

let unsubscribe: (() => void) | undefined;
afterEach(() => unsubscribe?.());

/** Posts on the channel as the background does and waits for the pages' side to hear it. */
async function deliver(data: unknown): Promise<ReturnType<typeof vi.fn>> {
  const onChange = vi.fn();
  unsubscribe = subscribeToChanges(onChange);
  const sender = new BroadcastChannel(CHANGES_CHANNEL);
  sender.postMessage(data);
  sender.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return onChange;
}

describe('live views', () => {
  it('passes on the summaries the background announces', async () => {
    const onChange = await deliver({ changed: [summary] });
    expect(onChange).toHaveBeenCalledWith([summary]);
  });

  it.each([
    ['no changed list', {}],
    ['a string', 'changed'],
    ['a summary without an id', { changed: [{ ...summary, id: 3 }] }],
    ['an unknown status', { changed: [{ ...summary, status: 'bribed' }] }],
    ['no event dates', { changed: [{ ...summary, eventDates: undefined }] }],
  ])('ignores a message with %s', async (_name, data) => {
    const onChange = await deliver(data);
    expect(onChange).not.toHaveBeenCalled();
  });
});
