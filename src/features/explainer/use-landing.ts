import { useEffect } from 'react';

/**
 * Opening a link to a section (or to any element with an id, such as one step of a flow)
 * shows it at the top of the view with focus on its heading, so screen readers start
 * there. The browser's own fragment scrolling cannot do it: the content arrives after
 * the page has loaded. Runs on load and whenever the fragment changes.
 */
export function useLanding(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const land = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      // An instant jump, never an animated scroll: it also respects prefers-reduced-motion.
      target.scrollIntoView({ block: 'start' });
      const heading = target.matches('h1, h2, h3, h4') ? target : target.querySelector<HTMLElement>('h2, h3, h4');
      (heading ?? target).focus({ preventScroll: true });
    };
    land();
    window.addEventListener('hashchange', land);
    return () => window.removeEventListener('hashchange', land);
  }, [ready]);
}
