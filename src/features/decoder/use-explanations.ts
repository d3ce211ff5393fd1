import { useEffect, useState } from 'react';

export type Explanations = typeof import('../../lib/jwt/explanations');

let loaded: Explanations | null = null;
let loading: Promise<Explanations> | null = null;

/** Starts loading the explanation tables; called as the app starts, so they are there by the first paste. */
export function preloadExplanations(): Promise<Explanations> {
  loading ??= import('../../lib/jwt/explanations').then((module) => (loaded = module));
  return loading;
}

/** The explanation tables, or null for the moment before they arrive. */
export function useExplanations(): Explanations | null {
  const [value, setValue] = useState(loaded);
  useEffect(() => {
    if (value) return;
    let live = true;
    preloadExplanations().then(
      (module) => live && setValue(module),
      () => undefined, // Offline before the chunk was cached: the decoder works without the prose.
    );
    return () => {
      live = false;
    };
  }, [value]);
  return value;
}
