/**
 * Calls `onChange` after the page's address changed without a reload (single-page portals).
 *
 * The content script's own watcher rather than WXT's: WXT's content-script context stops its
 * watcher when it hears a "newer script started" DOM event, which a page can dispatch itself.
 * Nothing a page dispatches can switch this one off; a forged event only makes it compare the
 * address again.
 *
 * Returns a function that stops the watching.
 */
export function watchLocation(onChange: () => void, settleMs: number): () => void {
  let last = location.href;
  let watching = true;
  const check = () => {
    if (!watching || location.href === last) return;
    last = location.href;
    onChange();
  };
  // A single-page portal swaps its content around the address change: look once it has settled.
  const later = () => setTimeout(check, settleMs);
  const found = (globalThis as { navigation?: EventTarget }).navigation;
  const navigation = typeof found?.addEventListener === 'function' ? found : undefined;
  const polling = navigation ? undefined : setInterval(check, 1000);
  navigation?.addEventListener('navigate', later);
  window.addEventListener('popstate', later);
  return () => {
    watching = false;
    navigation?.removeEventListener('navigate', later);
    window.removeEventListener('popstate', later);
    clearInterval(polling);
  };
}

/**
 * Calls `onLeft` once, when after a change of address made without a reload (settled as above)
 * `isHere()` no longer holds, and stops watching. For the list-address watcher, which runs on
 * large pages: it reads nothing as it starts (not even the address: `isHere` answers for the
 * current one whenever asked), and in Chrome listens to the Navigation API alone, whose
 * `navigate` covers the back and forward moves `popstate` would.
 */
export function watchUntilLeft(isHere: () => boolean, onLeft: () => void, settleMs: number): void {
  let watching = true;
  const check = () => {
    if (!watching || isHere()) return;
    watching = false;
    navigation?.removeEventListener('navigate', later);
    window.removeEventListener('popstate', later);
    clearInterval(polling);
    onLeft();
  };
  const later = () => setTimeout(check, settleMs);
  const found = (globalThis as { navigation?: EventTarget }).navigation;
  const navigation = typeof found?.addEventListener === 'function' ? found : undefined;
  navigation?.addEventListener('navigate', later);
  if (!navigation) window.addEventListener('popstate', later);
  const polling = navigation ? undefined : setInterval(check, 1000);
}
