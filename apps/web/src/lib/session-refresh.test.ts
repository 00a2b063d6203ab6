import { createSessionRefresher } from './session-refresh';

describe('createSessionRefresher', () => {
  it('sends one refresh for concurrent callers and shares its answer', async () => {
    let resolve: (r: { ok: boolean }) => void = () => undefined;
    const fetchImpl = jest.fn(() => new Promise<{ ok: boolean }>((r) => (resolve = r)));
    const refresh = createSessionRefresher('/auth/refresh', fetchImpl);

    const answers = Promise.all([refresh(), refresh(), refresh()]);
    resolve({ ok: true });

    await expect(answers).resolves.toEqual([true, true, true]);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl).toHaveBeenCalledWith('/auth/refresh', { method: 'POST', credentials: 'include' });
  });

  it('reports failure and refreshes again on the next call', async () => {
    const fetchImpl = jest.fn(async () => ({ ok: false }));
    const refresh = createSessionRefresher('/auth/refresh', fetchImpl);
    await expect(refresh()).resolves.toBe(false);
    await expect(refresh()).resolves.toBe(false);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });
});
