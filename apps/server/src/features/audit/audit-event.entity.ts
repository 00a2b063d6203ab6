import { AccountEntity } from '../accounts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne } from 'typeorm';

/** Who did what to whom, when. Written in the same transaction as the change; never edited. */
@Entity({ name: 'audit_events' })
// Newest-first indexes with DESC columns (migration ListIndexes): TypeORM cannot describe them.
@Index('audit_events_account_at_idx', { synchronize: false })
@Index('audit_events_actor_idx', { synchronize: false })
@Index('audit_events_action_idx', { synchronize: false })
@Index('audit_events_target_idx', { synchronize: false })
// Partial: only token-made events carry it; it keeps the foreign key's checks cheap.
@Index('audit_events_actor_api_token_idx', ['actorApiTokenId'], { where: '"actor_api_token_id" IS NOT NULL' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'actor_employee_id', type: 'uuid', nullable: true })
  actorEmployeeId: string | null;

  /** The API token a client app made the change with; null when a person or the system did. */
  @Column({ name: 'actor_api_token_id', type: 'uuid', nullable: true })
  actorApiTokenId: string | null;

  // Tokens are revoked, never deleted (only with their account): history must not lose its actor.
  @ManyToOne('ApiTokenEntity', { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'actor_api_token_id', foreignKeyConstraintName: 'FK_audit_events_actor_api_token' })
  actorApiToken?: unknown;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
}
