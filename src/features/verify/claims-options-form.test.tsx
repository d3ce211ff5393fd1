// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ClaimsOptionsForm } from './claims-options-form';
import { EMPTY_CLAIMS_FORM } from './claims-options';

function Form() {
  const [form, setForm] = useState(EMPTY_CLAIMS_FORM);
  return <ClaimsOptionsForm form={form} onChange={setForm} />;
}

describe('ClaimsOptionsForm', () => {
  it('gives the leeway slider a value text in words', () => {
    render(<Form />);
    const slider = screen.getByRole('slider', { name: /Clock leeway/ });
    expect(slider).toHaveAttribute('aria-valuetext', '0 seconds');
    fireEvent.change(slider, { target: { value: '150' } });
    expect(slider).toHaveAttribute('aria-valuetext', '2 minutes 30 seconds');
    expect(screen.getByText('2 minutes 30 seconds', { selector: 'output' })).toBeInTheDocument();
  });
});
