import { permissionRows, setEditLevel, setSeeLevel, setSeeScope, toPermissionInputs } from './permission-rows';

const granted = permissionRows().map((r) => ({
  ...r,
  canAccess: true,
  isModuleAdmin: true,
  seeScope: 'ALL' as const,
  editScope: 'DEPARTMENT' as const,
  seeLevels: [1, 2, 3] as const,
  editLevels: [2] as const,
}));

describe('permission rows', () => {
  it('builds one row per module, in registry order, from partial API data', () => {
    const rows = permissionRows([
      { module: 'INCIDENTS', canAccess: true, isModuleAdmin: false, seeScope: 'ALL', editScope: 'NONE', seeLevels: [5, 2, 2, 11], editLevels: [] },
    ]);
    expect(rows.map((r) => r.module)).toEqual(['JOBS', 'INCIDENTS']);
    expect(rows[0]?.canAccess).toBe(false);
    expect(rows[1]?.seeLevels).toEqual([2, 5]);
  });

  it('sends what a GENERAL employee was given as ticked', () => {
    expect(toPermissionInputs('GENERAL', granted)[0]).toEqual({
      module: 'JOBS',
      canAccess: true,
      isModuleAdmin: true,
      seeScope: 'ALL',
      editScope: 'DEPARTMENT',
      seeLevels: [1, 2, 3],
      editLevels: [2],
    });
  });

  it('does not store what the role already grants: ADMIN keeps only module admin and levels', () => {
    expect(toPermissionInputs('ADMIN', granted)[0]).toEqual({
      module: 'JOBS',
      canAccess: false,
      isModuleAdmin: true,
      seeScope: 'DEPARTMENT',
      editScope: 'NONE',
      seeLevels: [1, 2, 3],
      editLevels: [2],
    });
  });

  it('stores nothing for an ACCOUNT_ADMIN, whose role grants everything', () => {
    expect(toPermissionInputs('ACCOUNT_ADMIN', granted)[1]).toEqual({
      module: 'INCIDENTS',
      canAccess: false,
      isModuleAdmin: false,
      seeScope: 'DEPARTMENT',
      editScope: 'NONE',
      seeLevels: [],
      editLevels: [],
    });
  });

  it('keeps edit levels among see levels and edit scope within see scope', () => {
    const [row] = granted;
    if (!row) throw new Error('no row');
    expect(setEditLevel(row, 7, true).seeLevels).toEqual([1, 2, 3, 7]);
    expect(setSeeLevel(row, 2, false).editLevels).toEqual([]);
    const wide = { ...row, editScope: 'ALL' as const };
    expect(setSeeScope(wide, 'DEPARTMENT').editScope).toBe('DEPARTMENT');
  });
});
