import { isListAddress } from '../src/extract/detect-read';
import { watchUntilLeft } from '../src/platform/location-watch';
import { sendLeftListAddress } from '../src/platform/left-list-message';

/** As the content script's: a single-page portal swaps its content around the address change. */
const SETTLE_MS = 400;

// Runs instead of the content script (entrypoints/vacancy.ts) at the portals' list addresses
// (manifest: listAddressPatterns), where nothing of the page is read: it only watches the
// address. Once a single-page portal moves to an address that is no list address, the background
// brings in the content script, which takes over, and this stops. Kept to the watch and one raw
// message so that it costs next to nothing on a page of thousands of rows.
export default defineUnlistedScript(() => {
  watchUntilLeft(() => isListAddress(location), () => sendLeftListAddress(location.href), SETTLE_MS);
});
