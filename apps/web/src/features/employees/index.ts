export { employeeRoutes } from './routes';
export { MemberList } from './components/member-list';
export { EmployeePickerModal } from './components/employee-picker-modal';
export { useEmployeeOptions, type NamedOption } from './hooks/use-employee-options';
