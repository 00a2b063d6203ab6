import { useCallback, useEffect, useState } from 'react';
import { PortalError, portalApi, type Home, type LinkInfo } from './portal-api';
import { CodeStep } from './code-step';
import { ItemPage } from './item-page';
import { ItemList } from './item-list';
import { TermsStep } from './terms-step';
import { takeLinkToken, usePortalLocation } from './use-portal-location';

type State =
  | { readonly step: 'loading' }
  | { readonly step: 'dead'; readonly message: string }
  | { readonly step: 'signed-out' }
  | { readonly step: 'code'; readonly link: LinkInfo; readonly token: string }
  | { readonly step: 'in'; readonly home: Home };

/**
 * The external users' portal: a link from an email, a one-time code, the terms, then their
 * items. It talks only to /api/portal; nothing of the admin app is loaded here.
 */
export function PortalApp() {
  const [state, setState] = useState<State>({ step: 'loading' });
  const [place, go] = usePortalLocation();
  const [token] = useState(takeLinkToken);
  // The item the link names: shown once the code and the terms are done.
  const [linkItemId, setLinkItemId] = useState<string | null>(null);

  const enter = useCallback(async (itemId: string | null) => {
    try {
      const home = await portalApi.home();
      setState({ step: 'in', home });
      if (itemId !== null && home.terms === null) go({ page: 'item', itemId });
    } catch (error) {
      if (error instanceof PortalError && error.status === 401) setState({ step: 'signed-out' });
      else setState({ step: 'dead', message: error instanceof Error ? error.message : 'Something went wrong.' });
    }
  }, [go]);

  useEffect(() => {
    document.title = 'Gatehouse portal';
    if (token === null) {
      void enter(null);
      return;
    }
    portalApi.link(token).then(
      (link) => {
        setLinkItemId(link.itemId);
        return link.verified ? enter(place.page === 'item' ? place.itemId : link.itemId) : setState({ step: 'code', link, token });
      },
      (error: unknown) => setState({ step: 'dead', message: error instanceof Error ? error.message : 'This link does not work.' }),
    );
    // Runs once per page load: the token and the first place decide where to start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <header className="bar">Gatehouse</header>
      <main>
        {state.step === 'loading' && <p className="muted">Loading…</p>}
        {state.step === 'dead' && (
          <div className="card" role="alert">
            <h1>This link no longer works</h1>
            <p>{state.message}</p>
          </div>
        )}
        {state.step === 'signed-out' && (
          <div className="card">
            <h1>Open your link</h1>
            <p>To see your jobs, open the link from the email you received. We will send you a code to check it is you.</p>
          </div>
        )}
        {state.step === 'code' && <CodeStep link={state.link} token={state.token} onVerified={() => void enter(state.link.itemId)} />}
        {state.step === 'in' && state.home.terms !== null && (
          <TermsStep
            terms={state.home.terms}
            onAccepted={() => void enter(place.page === 'item' ? place.itemId : linkItemId)}
            onStale={() => void enter(null)}
          />
        )}
        {state.step === 'in' && state.home.terms === null && place.page === 'item' && (
          <ItemPage itemId={place.itemId} onBack={state.home.items.length > 1 ? () => go({ page: 'home' }) : null} onSignedOut={() => setState({ step: 'signed-out' })} />
        )}
        {state.step === 'in' && state.home.terms === null && place.page === 'home' && <ItemList home={state.home} onOpen={(itemId) => go({ page: 'item', itemId })} />}
      </main>
    </>
  );
}
