import { splitUserErrors, userErrorField } from './user-errors';

describe('userErrors', () => {
  it('names the form field from a plain name, a dotted path or a path list', () => {
    expect(userErrorField({ field: 'email', message: 'm', code: 'INVALID_INPUT' })).toBe('email');
    expect(userErrorField({ field: 'permissions.JOBS.seeLevels', message: 'm', code: 'INVALID_INPUT' })).toBe('permissions');
    expect(userErrorField({ field: ['input', 'role'], message: 'm', code: 'INVALID_INPUT' })).toBe('role');
    expect(userErrorField({ field: null, message: 'm', code: 'INVALID_INPUT' })).toBeNull();
  });

  it('keeps errors for fields the form shows and sends the rest to the alert', () => {
    const split = splitUserErrors(
      [
        { field: 'email', message: 'Already used.', code: 'DUPLICATE_EMAIL' },
        { field: 'employeeId', message: 'You cannot delete yourself.', code: 'SELF_DELETE' },
        { field: null, message: 'Wrong email or password.', code: 'INVALID_CREDENTIALS' },
      ],
      ['email', 'firstName'],
    );
    expect(split.byField).toEqual({ email: 'Already used.' });
    expect(split.general).toEqual(['You cannot delete yourself.', 'Wrong email or password.']);
  });
});
