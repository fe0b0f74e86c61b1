/**
 * Calls `onChange` after the page's address changed without a reload (single-page portals).
 *
 * The content script's own watcher rather than WXT's: WXT's content-script context stops its
 * watcher when it hears a "newer script started" DOM event, which a page can dispatch itself.
 * Nothing a page dispatches can switch this one off; a forged event only makes it compare the
 * address again.
 */
export function watchLocation(onChange: () => void, settleMs: number): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  // A single-page portal swaps its content around the address change: look once it has settled.
  const later = () => setTimeout(check, settleMs);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') navigation.addEventListener('navigate', later);
  else setInterval(check, 1000);
  window.addEventListener('popstate', later);
}
