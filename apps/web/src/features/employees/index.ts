export { employeeRoutes } from './routes';
export { MemberList } from './components/member-list';
export { EmployeePickerModal, type PickerEmployee } from './components/employee-picker-modal';
export { useEmployeeOptions, type NamedOption } from './hooks/use-employee-options';
export { PeopleOverview } from './components/people-overview';
export { DeletePeopleModal, type PeopleNoun } from './components/delete-people-modal';
export { EmployeeDrawer, useCloseDrawer } from './components/employee-drawer';
export { EmployeeForm } from './components/employee-form';
export { blankEmployeeValues, toNewEmployeeFields } from './employee-input';
