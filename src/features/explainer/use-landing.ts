import { useEffect } from 'react';

/**
 * Opening a link to a section (or to any element with an id, such as one step of a flow)
 * shows it at the top of the view with focus on its heading, so screen readers start
 * there. The browser's own fragment scrolling cannot do it: the content arrives after
 * the page has loaded. Runs on load and whenever the fragment changes.
 */
/** How many frames to wait for an element named by the fragment to appear. */
const LANDING_FRAMES = 30;

export function useLanding(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    const land = (attemptsLeft: number) => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      const target = document.getElementById(id);
      if (!target) {
        // A step of a flow appears once the flow has followed the same fragment change.
        if (attemptsLeft > 0) frame = requestAnimationFrame(() => land(attemptsLeft - 1));
        return;
      }
      // An instant jump, never an animated scroll: it also respects prefers-reduced-motion.
      target.scrollIntoView({ block: 'start' });
      const heading = target.matches('h1, h2, h3, h4, h5') ? target : target.querySelector<HTMLElement>('h2, h3, h4, h5');
      (heading ?? target).focus({ preventScroll: true });
    };
    const onHashChange = () => {
      cancelAnimationFrame(frame);
      land(LANDING_FRAMES);
    };
    land(LANDING_FRAMES);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [ready]);
}
