import { useEffect, useState } from 'react';

/** Where the reader is: the last section whose top has passed the upper third of the view. */
function sectionInView(slugs: readonly string[]): string | null {
  const line = window.innerHeight / 3;
  const atEnd = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
  let current: string | null = slugs[0] ?? null;
  for (const slug of slugs) {
    const top = document.getElementById(slug)?.getBoundingClientRect().top;
    if (top === undefined) continue;
    // At the end of the page the last sections can never reach the line: take the last one in view.
    if (top <= line || (atEnd && top < window.innerHeight)) current = slug;
  }
  return current;
}

/** The section the reader is in, followed on scroll (at most once a frame). */
export function useCurrentSection(slugs: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(slugs[0] ?? null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      setCurrent(sectionInView(slugs));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [slugs]);
  return current;
}
