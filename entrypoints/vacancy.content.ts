import { looksLikeVacancy } from '../src/extract/detect';
import { PORTAL_MATCHES } from '../src/extract/portals/matches';
import { sendMessage } from '../src/messaging/protocol';

// Runs on every page of the listed portals, so it only decides; the extractor and the sidebar
// are injected by the background once a page is found to be a vacancy.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main() {
    if (looksLikeVacancy(document, location.href)) void sendMessage('showSidebar');
  },
});
