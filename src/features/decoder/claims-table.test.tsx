// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClaimsTable } from './claims-table';

const NOW = new Date('2011-03-22T18:39:00Z');

describe('ClaimsTable', () => {
  it('gives each claim a row with its value and, once loaded, its meaning and source', async () => {
    render(<ClaimsTable payload={{ iss: 'joe', tid: '72f988bf', 'http://example.com/is_root': true }} now={NOW} />);
    const iss = screen.getByTestId('claim-iss');
    expect(within(iss).getByText('joe')).toBeInTheDocument();
    expect(await within(iss).findByText(/RFC 7519 §4\.1\.1/)).toHaveAttribute('href', expect.stringContaining('rfc7519'));
    expect((await within(screen.getByTestId('claim-tid')).findAllByText(/tenant/i)).length).toBeGreaterThan(0);
    expect(within(screen.getByTestId('claim-http://example.com/is_root')).getByText(/namespaced custom claim/)).toBeInTheDocument();
  });

  it('shows a NumericDate in UTC, local time, relative to now, with its status and the lifetime', () => {
    render(<ClaimsTable payload={{ iat: 1300815780, exp: 1300819380 }} now={NOW} />);
    const exp = screen.getByTestId('claim-exp');
    expect(exp).toHaveTextContent('2011-03-22T18:43:00Z');
    expect(exp).toHaveTextContent('expires in 4 min');
    expect(exp).toHaveTextContent('valid');
    expect(exp).toHaveTextContent('lifetime 1 h');
    expect(screen.getByTestId('claim-iat')).toHaveTextContent('2011-03-22T17:43:00Z');
  });

  it('keeps fractional seconds and says when a value looks like milliseconds', () => {
    render(<ClaimsTable payload={{ iat: 1405507023.107, exp: 1300819380000 }} now={NOW} />);
    expect(screen.getByTestId('claim-iat')).toHaveTextContent('2014-07-16T10:37:03.107Z');
    expect(screen.getByTestId('claim-exp')).toHaveTextContent(/looks like milliseconds.*2011-03-22T18:43:00Z/);
  });

  it('folds a long value behind a button', () => {
    render(<ClaimsTable payload={{ groups: Array.from({ length: 200 }, (_, i) => `group-${i}`) }} now={NOW} />);
    expect(screen.getByRole('button', { name: /Show all/ })).toHaveAttribute('aria-expanded', 'false');
  });
});
