import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Component tests run in happy-dom; unmount after each so no timer outlives its test.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(cleanup);
}
