import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LatestEmployeeImportDocument } from '../../../gql/graphql';
import { renderWithApp } from '../../../test/render';
import { ImportWizard } from './import-wizard';

const noImportYet = { request: { query: LatestEmployeeImportDocument }, result: { data: { latestEmployeeImport: null } } };

describe('ImportWizard upload step', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it.each([
    [true, 'true'],
    [false, 'false'],
  ])('sends "Send invites to the new people" (%s) with the file', async (ticked, expected) => {
    const urls: string[] = [];
    // The upload is a plain fetch (not GraphQL); the server's refusal keeps the wizard on this step.
    const refusal = { ok: false, status: 400, json: async () => ({ error: 'BAD_REQUEST', message: 'Refused for the test.' }) };
    global.fetch = jest.fn(async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return refusal as unknown as Response;
    });
    const { container } = renderWithApp(<ImportWizard onDone={() => undefined} />, { mocks: [noImportYet] });
    const invites = await screen.findByRole('checkbox', { name: /Send invites to the new people/ });
    expect(invites).not.toBeChecked();
    const input = container.querySelector('input[type="file"]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    await userEvent.upload(input, new File(['Email\r\nann@example.com\r\n'], 'people.csv', { type: 'text/csv' }));
    if (ticked) await userEvent.click(invites);
    await userEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    await waitFor(() => expect(urls).toHaveLength(1));
    expect(await screen.findByText('Refused for the test.')).toBeInTheDocument();
    const query = new URL(urls[0] ?? '', 'http://localhost').searchParams;
    expect(query.get('sendInvites')).toBe(expected);
    expect(query.get('createMissing')).toBe('false');
    expect(query.get('fileName')).toBe('people.csv');
  });
});
