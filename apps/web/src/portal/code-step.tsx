import { useEffect, useState, type FormEvent } from 'react';
import { PortalError, portalApi, type LinkInfo } from './portal-api';

/** How long the page waits before offering another code (the server allows one a minute). */
const RESEND_SECONDS = 60;

/** Which item, to whom the code goes (masked), "Send me a code", then the code itself. */
export function CodeStep({ link, token, onVerified }: { link: LinkInfo; token: string; onVerified: () => void }) {
  // 'recent': the server refused a new code because one went out moments ago, typically when the
  // person comes back through the email link to type the code they already have.
  const [sent, setSent] = useState<false | 'now' | 'recent'>(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wait, setWait] = useState(0);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setWait((w) => w - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [wait]);

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await portalApi.requestCode(token);
      setSent('now');
      setWait(RESEND_SECONDS);
    } catch (e) {
      if (e instanceof PortalError && e.code === 'THROTTLED') {
        setSent((was) => was || 'recent');
        setWait(e.retryAfterSeconds ?? RESEND_SECONDS);
        return;
      }
      setError(e instanceof Error ? e.message : 'The code could not be sent.');
    } finally {
      setBusy(false);
    }
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await portalApi.verify(token, code);
      onVerified();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The code could not be checked.');
      if (e instanceof PortalError && e.code === 'CODE_EXPIRED') setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card">
      <p className="muted">You have been assigned to</p>
      <h1>{link.itemTitle}</h1>
      <p>
        To check it is you, we email a 6-digit code to <strong>{link.maskedEmail}</strong>.
      </p>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {!sent && (
        <button type="button" onClick={() => void send()} disabled={busy}>
          Send me a code
        </button>
      )}
      {sent && (
        <form onSubmit={(e) => void verify(e)}>
          <p>{sent === 'now' ? 'We sent a code. It is valid for 10 minutes.' : 'We sent you a code recently: enter the one from the latest email.'}</p>
          <label htmlFor="portal-code">Code from the email</label>
          <input
            id="portal-code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            autoFocus
          />
          <p />
          <button type="submit" disabled={busy || code.length !== 6}>
            Verify
          </button>
          <p />
          <button type="button" className="secondary" onClick={() => void send()} disabled={busy || wait > 0}>
            {wait > 0 ? `Send a new code (in ${wait} s)` : 'Send a new code'}
          </button>
        </form>
      )}
    </div>
  );
}
