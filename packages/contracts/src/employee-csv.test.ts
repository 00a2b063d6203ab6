import { MODULES } from '@gatehouse/access';
import {
  columnForHeader,
  EMPLOYEE_CSV_COLUMNS,
  formatGroupNames,
  neutralizeCell,
  parseEmployeeRow,
  parseGroupNames,
  readHeader,
  unneutralizeCell,
} from './employee-csv';

describe('employee CSV columns', () => {
  it('has the base columns and six per module of the registry', () => {
    expect(EMPLOYEE_CSV_COLUMNS).toHaveLength(7 + 6 * MODULES.length);
  });

  it.each([
    ['Email', 'email'],
    ['E-mail address', 'email'],
    ['first_name', 'firstName'],
    ['FirstName', 'firstName'],
    ['Last name', 'surname'],
    ['SURNAME', 'surname'],
    ['user groups', 'groups'],
    ['Is active', 'isActive'],
    ['jobs_see_levels', 'JOBS.seeLevels'],
    ['Incidents Module Admin', 'INCIDENTS.isModuleAdmin'],
  ])('reads the header "%s" as %s', (header, key) => {
    expect(columnForHeader(header)?.key).toBe(key);
  });

  it('refuses unknown and repeated headers and a file without Email', () => {
    expect(readHeader(['Email', 'Shoe size']).problems.map((p) => p.header)).toEqual(['Shoe size']);
    expect(readHeader(['Email', 'email']).problems).toHaveLength(1);
    expect(readHeader(['First name']).problems[0]?.message).toMatch(/Email column is required/);
  });
});

describe('cells', () => {
  it.each(['=1+1', '+49 170', '-x', '@SUM(A1)', '\tTab', '\rCR', "'quoted", "''twice", 'plain', ''])('neutralises "%s" and reads it back exactly', (value) => {
    const written = neutralizeCell(value);
    expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
    expect(unneutralizeCell(written)).toBe(value);
  });

  it.each([[['A', 'B']], [['A;', 'B']], [['A', ';B']], [['Semi; colon', 'x;;y']], [[]]])('round-trips the group list %j', (names) => {
    expect(parseGroupNames(formatGroupNames(names))).toEqual(names);
  });

  it('parses a row by the shared rules and names each bad cell', () => {
    const { columns } = readHeader(['Email', 'First name', 'Role', 'Active', 'Jobs see levels', 'Jobs edit scope']);
    const good = parseEmployeeRow(columns, [' Ann@Example.COM ', '  Ann  ', 'Account admin', 'y', '1, 3;2', 'department']);
    expect(good.problems).toEqual([]);
    expect(good.row).toMatchObject({ email: 'ann@example.com', firstName: 'Ann', role: 'ACCOUNT_ADMIN', isActive: true, permissions: { JOBS: { seeLevels: [1, 3, 2], editScope: 'DEPARTMENT' } } });
    const bad = parseEmployeeRow(columns, ['nope', '', 'BOSS', 'perhaps', 'one', 'SOME']);
    expect(bad.problems.map((p) => p.column)).toEqual(['email', 'firstName', 'role', 'isActive', 'JOBS.seeLevels', 'JOBS.editScope']);
  });
});
