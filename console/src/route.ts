// The console's pages are paths under /office/ (the server answers each with the same page), so a
// link can be bookmarked, opened in a new tab and gone back from.
import { signal } from './signal';

export const path = signal(location.pathname);

export function go(to: string) {
  history.pushState(null, '', to);
  path.set(location.pathname);
  window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => path.set(location.pathname));

// A same-page link: opens in place, but stays a real link (middle click, keyboard, screen reader).
export function follow(e: MouseEvent) {
  const a = e.currentTarget as HTMLAnchorElement;
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  go(a.pathname + a.search);
}
