import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords';

describe('password policy', () => {
  it.each([
    ['eleven char', 'TOO_SHORT'],
    ['123qweasdzxc', 'COMMON'],
    ['1QAZ2WSX3EDC', 'COMMON'],
    ['passwordpassword', 'COMMON'],
    ['aaaaaaaaaaaaaaaa', 'COMMON'],
    ['ababababababab', 'COMMON'],
    ['grace@example.com', 'EQUALS_EMAIL'],
    [' GRACE@example.com ', 'EQUALS_EMAIL'],
    ['correct horse battery staple', null],
    ['no rules about symbols or case', null],
    ['twelve chars', null],
  ])('%p → %p', (password, problem) => {
    expect(checkPasswordPolicy(password, 'grace@example.com')).toBe(problem);
  });

  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });
});
