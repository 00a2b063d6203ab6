import { NAME_MAX_LENGTH } from '@gatehouse/contracts';
import { emailError, nameError } from './field-rules';

describe('field rules', () => {
  it('accepts a name of exactly the server’s limit, counted after cleaning', () => {
    expect(nameError('A'.repeat(NAME_MAX_LENGTH), 'empty')).toBeNull();
    expect(nameError(`  ${'A'.repeat(NAME_MAX_LENGTH)}  `, 'empty')).toBeNull();
    expect(nameError('A'.repeat(NAME_MAX_LENGTH + 1), 'empty')).toBe(`At most ${NAME_MAX_LENGTH} characters.`);
    expect(nameError('   ', 'empty')).toBe('empty');
  });

  it('wants an email with a local part, a domain and a dot', () => {
    expect(emailError(' Kim@Example.com ')).toBeNull();
    expect(emailError('kim@example')).toBe('Enter a valid email address.');
    expect(emailError('kim example.com')).toBe('Enter a valid email address.');
  });
});
