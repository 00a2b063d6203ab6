import { EmployeeDrawer, useCloseDrawer } from '../components/employee-drawer';
import { ImportWizard } from '../components/import-wizard';

/** `/settings/people/employees/import`: the Import drawer over the list. */
export function ImportEmployeesPage() {
  const close = useCloseDrawer();
  return (
    <EmployeeDrawer title="Import employees">
      <ImportWizard onDone={close} />
    </EmployeeDrawer>
  );
}
