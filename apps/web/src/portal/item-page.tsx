import { useEffect, useState } from 'react';
import { PortalError, portalApi, type PortalItem } from './portal-api';
import { formatDue } from './due';

/** One item: its checklist to tick while open, read-only once completed. */
export function ItemPage({ itemId, onBack, onSignedOut }: { itemId: string; onBack: (() => void) | null; onSignedOut: () => void }) {
  const [item, setItem] = useState<PortalItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    portalApi.item(itemId).then(setItem, (e: unknown) => {
      if (e instanceof PortalError && e.status === 401) onSignedOut();
      else setError(e instanceof Error ? e.message : 'This item could not be loaded.');
    });
  }, [itemId, onSignedOut]);

  const tick = async (entryId: string, ticked: boolean) => {
    setPending(entryId);
    setError(null);
    // The box follows the finger at once; the server's answer (who ticked, when) replaces it.
    setItem((current) => current && { ...current, checklist: current.checklist.map((c) => (c.id === entryId ? { ...c, ticked } : c)) });
    try {
      setItem(await portalApi.tick(itemId, entryId, ticked));
    } catch (e) {
      if (e instanceof PortalError && e.status === 401) onSignedOut();
      else setError(e instanceof Error ? e.message : 'The change could not be saved.');
      setItem(await portalApi.item(itemId).catch(() => null));
    } finally {
      setPending(null);
    }
  };

  const back = onBack && (
    <button type="button" className="secondary" onClick={onBack}>
      All my jobs
    </button>
  );
  if (item === null) {
    return (
      <div className="card">
        {error ? (
          <div className="alert error" role="alert">
            {error}
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
        {back}
      </div>
    );
  }
  const completed = item.status === 'COMPLETED';
  return (
    <>
      <div className="card">
        <p className="muted">{item.kind}</p>
        <h1>{item.title}</h1>
        {item.dueAt && <p>Due {formatDue(item.dueAt)}</p>}
        {item.pastDue && (
          <div className="alert warning" role="status">
            This {item.kind.toLowerCase()} is past its due date.
          </div>
        )}
        {completed && (
          <div className="alert done" role="status">
            {item.kind} completed
          </div>
        )}
        {item.description && <p>{item.description}</p>}
      </div>
      <div className="card">
        <h2>Checklist</h2>
        {error && (
          <div className="alert error" role="alert">
            {error}
          </div>
        )}
        {item.checklist.length === 0 ? (
          <p className="muted">No checklist.</p>
        ) : (
          <ul className="checklist">
            {item.checklist.map((entry) => (
              <li key={entry.id}>
                <label>
                  <input type="checkbox" checked={entry.ticked} disabled={completed || pending !== null} onChange={(e) => void tick(entry.id, e.target.checked)} />
                  <span>
                    {entry.text}
                    {entry.ticked && entry.tickedBy && <span className="who">Ticked by {entry.tickedBy}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
      {back}
    </>
  );
}
