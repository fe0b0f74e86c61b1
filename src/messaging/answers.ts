import { userFacingError } from '../i18n/errors';
import type { Translate } from '../i18n/messages';

/**
 * A messenger's `onMessage` whose handlers' failures reach the page as a sentence in the user's
 * language (storage full, a failed database upgrade, an edit conflict). `before` runs first for
 * every message (a sender check); `inWords` may word a failure its own way before the shared one.
 */
export function answeringInWords<M extends { onMessage: (type: never, handler: never) => unknown }>(
  messenger: M,
  t: Translate,
  { before, inWords }: { before?: (message: { sender: unknown }) => void; inWords?: (error: unknown) => Error | null } = {},
): M['onMessage'] {
  const on = messenger.onMessage as unknown as (type: unknown, handler: (message: { sender: unknown }) => Promise<unknown>) => unknown;
  return ((type: unknown, handler: (message: { sender: unknown }) => unknown) =>
    on.call(messenger, type, async (message: { sender: unknown }) => {
      before?.(message);
      try {
        return await handler(message);
      } catch (error) {
        throw inWords?.(error) ?? userFacingError(error, t);
      }
    })) as unknown as M['onMessage'];
}
