import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CodeStep } from './code-step';

const LINK = { itemId: 'item-1', itemTitle: 'Check turnstiles', maskedEmail: 's•••@c•••.example', verified: false };

/** The portal API as the server answers it: one canned answer per path, in call order. */
function serve(answers: Record<string, { status: number; body?: object }[]>) {
  const calls: string[] = [];
  const fetchStub = jest.fn(async (url: string) => {
    const path = url.replace('/api/portal', '');
    calls.push(path);
    const answer = answers[path]?.shift() ?? { status: 500, body: {} };
    return { status: answer.status, ok: answer.status < 400, json: async () => answer.body ?? {} };
  });
  Object.assign(globalThis, { fetch: fetchStub });
  return calls;
}

describe('CodeStep', () => {
  it('sends a code and asks for it', async () => {
    serve({ '/code': [{ status: 204 }] });
    render(<CodeStep link={LINK} token="tok" onVerified={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send me a code' }));
    expect(await screen.findByLabelText('Code from the email')).toBeInTheDocument();
    expect(screen.getByText('We sent a code. It is valid for 10 minutes.')).toBeInTheDocument();
  });

  it('coming back through the link while a code is fresh: asks for the code already sent, no dead end', async () => {
    const calls = serve({
      '/code': [{ status: 429, body: { error: 'THROTTLED', retryAfterSeconds: 42, message: 'A code was sent recently; you can ask for a new one in 42 seconds.' } }],
      '/verify': [{ status: 204 }],
    });
    const onVerified = jest.fn();
    render(<CodeStep link={LINK} token="tok" onVerified={onVerified} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send me a code' }));

    const input = await screen.findByLabelText('Code from the email');
    expect(screen.getByText('We sent you a code recently: enter the one from the latest email.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Send a new code \(in 4[12] s\)/ })).toBeDisabled();

    await userEvent.type(input, '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(onVerified).toHaveBeenCalled();
    expect(calls).toEqual(['/code', '/verify']);
  });

  it('shows any other refusal as it is, without a code field', async () => {
    serve({ '/code': [{ status: 404, body: { error: 'DEAD_LINK', message: 'This link no longer works.' } }] });
    render(<CodeStep link={LINK} token="tok" onVerified={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send me a code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This link no longer works.');
    expect(screen.queryByLabelText('Code from the email')).not.toBeInTheDocument();
  });
});
