// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../lib/jwt/decode';
import { findFindings } from '../../lib/jwt/findings';
import { FindingsList } from './findings-list';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('FindingsList', () => {
  it('shows an EdDSA token’s deprecated-alg note with its rule and the BCP draft’s beside it', () => {
    const decoded = decodeToken(`${b64('{"alg":"EdDSA"}')}.${b64('{"sub":"x"}')}.${'A'.repeat(86)}`);
    if (!decoded.ok) throw new Error('test token did not decode');
    render(<FindingsList findings={findFindings(decoded.value, new Date('2026-01-01T00:00:00Z'))} partial={false} />);
    const note = screen.getByTestId('warning-deprecated-alg');
    expect(note).toHaveAttribute('data-severity', 'info');
    expect(note).toHaveTextContent('RFC 9864 deprecates');
    expect(screen.getByRole('link', { name: 'RFC 9864 §4.1.2' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9864#section-4.1.2');
    expect(screen.getByRole('link', { name: 'draft-ietf-oauth-rfc8725bis §3.2' })).toHaveAttribute(
      'href',
      'https://datatracker.ietf.org/doc/html/draft-ietf-oauth-rfc8725bis#section-3.2',
    );
  });
});
