import { AccountEntity } from '../accounts';
import { IdentityEntity } from '../auth';
import { DepartmentEntity } from '../departments';
import { ROLES, type Role } from '@gatehouse/access';
import { INVITATION_STATES, type InvitationState } from '@gatehouse/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, JoinColumn, ManyToOne } from 'typeorm';


/** A person's membership of an account. */
@Entity({ name: 'employees' })
@Unique('employees_account_email_key', ['accountId', 'email'])
@Unique('employees_account_identity_key', ['accountId', 'identityId'])
// List indexes on sort expressions and search (migration ListIndexes): TypeORM cannot describe them.
@Index('employees_order_name_idx', { synchronize: false })
@Index('employees_order_email_idx', { synchronize: false })
@Index('employees_order_role_idx', { synchronize: false })
@Index('employees_order_department_idx', { synchronize: false })
@Index('employees_order_last_login_idx', { synchronize: false })
@Index('employees_order_created_idx', { synchronize: false })
@Index('employees_department_name_idx', { synchronize: false })
@Index('employees_active_idx', { synchronize: false })
@Index('employees_invitation_idx', { synchronize: false })
@Index('employees_search_idx', { synchronize: false })
@Index('employees_department_idx', ['departmentId'])
export class EmployeeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'identity_id', type: 'uuid' })
  identityId: string;

  /** Trimmed and lower-cased; fixed once the person exists. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  surname: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  /** The department's name_key ('' without one), kept by database triggers: the DEPARTMENT order's index key. */
  @Column({ name: 'department_sort', type: 'text', default: '', select: false, insert: false, update: false })
  departmentSort: string;

  /**
   * What search matches, lower-cased once when the row is written: "first surname first" holds
   * both name orders, the newline keeps a match from spanning name and email. Searched with
   * LIKE through its own trigram index (employees_search_idx).
   */
  @Column({
    name: 'search_text',
    type: 'text',
    generatedType: 'STORED',
    asExpression: `lower("first_name" || ' ' || "surname" || ' ' || "first_name" || E'\\n' || "email")`,
    select: false,
    insert: false,
    update: false,
  })
  searchText: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'employee_role' })
  role: Role;

  @Column({ name: 'invitation_state', type: 'enum', enum: INVITATION_STATES, enumName: 'invitation_state', default: 'NOT_INVITED' })
  invitationState: InvitationState;

  /** When the latest invitation was sent; null before the first. */
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'terms_accepted_at', type: 'timestamptz', nullable: true })
  termsAcceptedAt: Date | null;

  /** The version of the account's terms of use they accepted (at termsAcceptedAt). */
  @Column({ name: 'terms_accepted_version', type: 'integer', nullable: true })
  termsAcceptedVersion: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @ManyToOne(() => IdentityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'identity_id' })
  identity?: IdentityEntity;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity | null;
}
