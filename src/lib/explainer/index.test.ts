import { describe, expect, it } from 'vitest';
import * as explainer from './index';

describe('the explainer entry point', () => {
  it('exports no undefined value', () => {
    for (const [name, value] of Object.entries(explainer)) expect(value, name).toBeDefined();
  });

  it('runs each part end to end', () => {
    expect(explainer.findStep('session-login-1')?.flow.model).toBe('session');
    const windows = explainer.simulateRevocation(explainer.BBA_EXAMPLE);
    expect(windows.ok && windows.value.accessToken.afterLogoutSeconds).toBe(300);
    const sizes = explainer.compareRequestSizes(explainer.TYPICAL_ACCESS_TOKEN);
    expect(sizes.ok && sizes.value.session.bytesPerRequest).toBe(68);
    expect(explainer.recommend({ ...explainer.DEFAULT_ANSWERS, 'own-backend': true, 'same-site': true }).code).toBe('session-cookie');
  });
});
