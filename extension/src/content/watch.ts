// Notices single-page navigation. The portal routes by hash; Partner Center uses the History API. A content script's
// own history.pushState patch would not see the page's calls (separate JavaScript worlds), so this listens to what the
// page world's navigations do fire: hashchange, popstate and the Navigation API; where that API is missing, a cheap
// once-a-second check of location.href catches pushState.
export function watchNavigation(onChange: () => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  addEventListener('hashchange', check, { signal });
  addEventListener('popstate', check, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', check, { signal });
  else {
    const timer = setInterval(check, 1000);
    signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }
}

/**
 * The one page observer: batches DOM changes and calls `onBatch` at most every `delayMs`, until `signal` aborts. The
 * per-mutation cost is a flag check; the work happens once per batch.
 */
export function observePage(onBatch: () => void, signal: AbortSignal, delayMs = 150): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onBatch();
    }, delayMs);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
