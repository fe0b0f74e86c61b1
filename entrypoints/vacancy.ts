import { isListAddress, readForDetection } from '../src/extract/detect-read';
import { markDetected } from '../src/platform/injection-options';
import { currentSidebar, listedSidebar } from '../src/platform/sidebar-handle';
import { watchLocation } from '../src/platform/location-watch';
import { sendShowSidebar } from '../src/platform/show-sidebar-message';
import { askWeighPage } from '../src/platform/weigh-page-message';

/** A single-page portal swaps its content around the address change: read it once it has settled. */
const SETTLE_MS = 400;

// The content script: listed in the manifest for the portals (wxt.config.ts) but their list
// addresses, and registered by the background for the sites the user allowed. It runs on every
// page of them, so it only reads what detection needs (the text's phrases are weighed in the
// background); the extractor and the sidebar are injected by the background once a page is found
// to be a vacancy (at the portals' vacancy addresses the manifest lists them
// itself, see VACANCY_ADDRESSES). An unlisted script rather than WXT's defineContentScript: WXT's
// content-script runtime (its context object, the browser API touched at start, the "script
// started" event and window message) cost more per page than detection itself, and nothing here
// needs it.
export default defineUnlistedScript(() => {
  // Injected by the background after a single-page move away from a list address (list-watch.ts),
  // so it may arrive where it runs already: one of it per page. The flag lives in the extension's
  // isolated world, which the page can neither see nor set.
  const self = globalThis as { vacalensContentScript?: true };
  if (self.vacalensContentScript) return;
  self.vacalensContentScript = true;
  const readPage = () => {
    // Marks on the page's performance timeline let `npm run bench` read what detection costs here.
    performance.mark('vacalens:detect:start');
    const reading = readForDetection(document, location.href);
    performance.measure('vacalens:detect', 'vacalens:detect:start');
    return reading;
  };
  const decide = () => {
    // A portal's home and search pages are known by their address: nothing of them is read, not even timed
    // (readForDetection tests the address too, for the extractor's callers).
    const reading = isListAddress(location) ? null : readPage();
    if (!reading) {
      currentSidebar()?.remove();
      return;
    }
    // What the text says is weighed in the background, with every language's phrases (detection's
    // second half, src/extract/detect-weigh.ts): this script carries none of them.
    const readAt = location.href;
    askWeighPage(reading, (isVacancy) => {
      // The page moved on meanwhile: its own reading decides.
      if (location.href !== readAt) return;
      if (isVacancy) {
        markDetected();
        sendShowSidebar();
      } else currentSidebar()?.remove();
    });
  };
  // At a vacancy address the manifest brought the sidebar's script, which reads the page itself.
  if (!listedSidebar()) decide();
  watchLocation(decide, SETTLE_MS);
});
