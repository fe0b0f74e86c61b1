import { looksLikeVacancy } from '../src/extract/detect';
import { PORTAL_MATCHES } from '../src/extract/portals/matches';
import { sendMessage } from '../src/messaging/protocol';
import { currentSidebar } from '../src/platform/sidebar-handle';
import { watchLocation } from '../src/platform/location-watch';

/** A single-page portal swaps its content around the address change: read it once it has settled. */
const SETTLE_MS = 400;

// Runs on every page of the listed portals (and of the sites the user allowed), so it only
// decides; the extractor and the sidebar are injected by the background once a page is found to
// be a vacancy.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main() {
    const decide = () => {
      // Marks on the page's performance timeline let `npm run bench` read what detection costs.
      performance.mark('vacalens:detect:start');
      const isVacancy = looksLikeVacancy(document, location.href);
      performance.measure('vacalens:detect', 'vacalens:detect:start');
      if (isVacancy) void sendMessage('showSidebar');
      else currentSidebar()?.remove();
    };
    decide();
    watchLocation(decide, SETTLE_MS);
  },
});
