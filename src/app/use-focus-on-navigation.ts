import { useEffect, useRef } from 'react';

/**
 * When the route changes, the view that held focus (the link just followed, say) is gone
 * and focus would fall back to the body: it moves to the new view instead, so the keyboard
 * and a screen reader carry on from its top (WCAG 2.4.3 Focus Order). A view that focuses
 * something of its own (a section a link points to) does so after this, and wins.
 */
export function useFocusOnNavigation(pathname: string, targetId: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.getElementById(targetId);
    if (target && !target.contains(document.activeElement)) target.focus({ preventScroll: true });
  }, [pathname, targetId]);
}
