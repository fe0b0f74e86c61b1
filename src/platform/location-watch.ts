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
  return afterEachMove(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, settleMs);
}

/**
 * Calls `onLeft` once, when after a change of address made without a reload (settled as above)
 * `isHere()` no longer holds, and stops watching. For the list-address watcher, which runs on
 * large pages: it reads nothing as it starts (not even the address: `isHere` answers for the
 * current one whenever asked).
 */
export function watchUntilLeft(isHere: () => boolean, onLeft: () => void, settleMs: number): void {
  const stop = afterEachMove(() => {
    if (isHere()) return;
    stop();
    onLeft();
  }, settleMs);
}

/**
 * Runs `check` once the page has settled after each move of its address (a single-page portal
 * swaps its content around it), until the returned function is called. In Chrome the Navigation
 * API's `navigate` alone, which covers back and forward too; elsewhere `popstate`, and a poll for
 * the moves made with pushState, which no event reports to an extension.
 */
function afterEachMove(check: () => void, settleMs: number): () => void {
  let watching = true;
  const guarded = () => {
    if (watching) check();
  };
  const later = () => setTimeout(guarded, settleMs);
  const found = (globalThis as { navigation?: EventTarget }).navigation;
  const navigation = typeof found?.addEventListener === 'function' ? found : undefined;
  navigation?.addEventListener('navigate', later);
  if (!navigation) window.addEventListener('popstate', later);
  const polling = navigation ? undefined : setInterval(guarded, 1000);
  return () => {
    watching = false;
    navigation?.removeEventListener('navigate', later);
    window.removeEventListener('popstate', later);
    clearInterval(polling);
  };
}
