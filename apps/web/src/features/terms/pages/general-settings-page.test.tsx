import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TermsAudience } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { TermsForm } from './general-settings-page';

const BUILT_IN = {
  audience: TermsAudience.Employees,
  text: 'These terms apply to everyone.\n\nKeep your password to yourself.',
  version: 1,
  publishedAt: '2026-12-01T10:00:00.000Z',
  isDefault: true,
};

describe('TermsForm with the built-in terms', () => {
  it('starts from the built-in text, to edit rather than retype; nothing to publish until it changes', async () => {
    renderWithApp(<TermsForm terms={BUILT_IN} />);
    const text = screen.getByRole('textbox', { name: 'Text' });
    expect(text).toHaveValue(BUILT_IN.text);
    expect(text).not.toHaveAttribute('placeholder');
    const publish = screen.getByRole('button', { name: 'Publish as new version' });
    expect(publish).toBeDisabled();
    // No correction is offered for the built-in terms, so none is explained.
    expect(screen.queryByRole('button', { name: 'Save as correction' })).not.toBeInTheDocument();
    expect(screen.queryByText(/A correction fixes a typo/)).not.toBeInTheDocument();

    await userEvent.type(text, ' Report lost cards at once.');
    expect(publish).toBeEnabled();
  });
});
