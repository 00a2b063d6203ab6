import { useState } from 'react';
import { PortalError, portalApi } from './portal-api';

/** The account's terms of use, accepted once per version before any item shows. */
export function TermsStep({ terms, onAccepted, onStale }: { terms: { version: number; text: string }; onAccepted: () => void; onStale: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const accept = async () => {
    setBusy(true);
    try {
      await portalApi.acceptTerms(terms.version);
      onAccepted();
    } catch (e) {
      if (e instanceof PortalError && e.code === 'STALE_TERMS_VERSION') onStale();
      else setError(e instanceof Error ? e.message : 'Your acceptance could not be saved.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="card">
      <h1>Terms of use</h1>
      <p className="muted">Read and accept the terms of use to continue.</p>
      <div className="terms" tabIndex={0} aria-label="Terms of use text">
        {terms.text}
      </div>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <p />
      <button type="button" onClick={() => void accept()} disabled={busy}>
        I accept the terms of use
      </button>
    </div>
  );
}
