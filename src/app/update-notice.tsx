import { lazy, Suspense } from 'react';

// The update notice and the service worker's code come after the first view.
const UpdateBanner = lazy(() => import('./update').then((module) => ({ default: module.UpdateBanner })));

export function UpdateNotice() {
  return (
    <Suspense fallback={null}>
      <UpdateBanner />
    </Suspense>
  );
}
