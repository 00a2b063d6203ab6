import { AccountEntity } from '../accounts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A contractor or steward without a full login. Their email is unique in the account among
 * employees and external users alike: account_emails holds it, claimed by a trigger on insert.
 */
@Entity({ name: 'external_users' })
// List indexes on sort expressions and search (migration ExternalUsers): TypeORM cannot describe them.
@Index('external_users_order_name_idx', { synchronize: false })
@Index('external_users_order_email_idx', { synchronize: false })
@Index('external_users_order_created_idx', { synchronize: false })
@Index('external_users_search_idx', { synchronize: false })
export class ExternalUserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_external_users' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** Normalised; fixed once the external user exists. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** When a browser of theirs last entered a correct one-time code in the portal. */
  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  lastVerifiedAt: Date | null;

  /** The version of the account's terms for external users they accepted last in the portal, or null. */
  @Column({ name: 'terms_accepted_version', type: 'int', nullable: true })
  termsAcceptedVersion: number | null;

  @Column({ name: 'terms_accepted_at', type: 'timestamptz', nullable: true })
  termsAcceptedAt: Date | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_external_users_account' })
  account?: AccountEntity;
}
