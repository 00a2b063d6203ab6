import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each([
    ['/settings/audit', '/settings/audit'],
    [null, '/'],
    ['https://evil.example', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
  ])('%s → %s', (next, expected) => expect(safeNext(next)).toBe(expected));
});
