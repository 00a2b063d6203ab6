import { API_TOKEN_ROLES, type ApiTokenRole } from '@gatehouse/access';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A client app's credential for the GraphQL API. Only the SHA-256 hash of the secret is kept:
 * the raw token is shown once, when it is created. Tokens are revoked, never deleted, so the
 * audit log can always name the token that made a change.
 */
@Entity({ name: 'api_tokens' })
// Every request with a token reads it by hash: one unique-index probe.
@Unique('api_tokens_token_hash_key', ['tokenHash'])
// The list, newest first (keyset on created_at, id).
@Index('api_tokens_account_created_idx', ['accountId', 'createdAt', 'id'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_api_tokens' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  // The account's tokens go with it.
  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_api_tokens_account' })
  account?: unknown;

  @Column({ type: 'text' })
  name: string;

  /** Its own enum type: the database cannot hold an ACCOUNT_ADMIN token. */
  @Column({ type: 'enum', enum: API_TOKEN_ROLES, enumName: 'api_token_role' })
  role: ApiTokenRole;

  /** SHA-256 of the raw token, base64url. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** Who created it; null once that employee is deleted. */
  @Column({ name: 'created_by_employee_id', type: 'uuid', nullable: true })
  createdByEmployeeId: string | null;

  @ManyToOne('EmployeeEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_employee_id', foreignKeyConstraintName: 'FK_api_tokens_created_by' })
  createdBy?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Null: it never expires. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Updated at most once a minute, so a busy client does not write on every request. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_employee_id', type: 'uuid', nullable: true })
  revokedByEmployeeId: string | null;

  @ManyToOne('EmployeeEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by_employee_id', foreignKeyConstraintName: 'FK_api_tokens_revoked_by' })
  revokedBy?: unknown;
}
