import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One token bucket per throttled key (a login email, a client IP, ...). Kept in PostgreSQL so
 * every server instance sharing the database draws from the same bucket.
 */
@Entity({ name: 'throttle_buckets' })
@Index('throttle_buckets_full_at_idx', ['fullAt'])
export class ThrottleBucketEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  /** Attempts left; refills continuously at capacity per window. */
  @Column({ type: 'double precision' })
  tokens: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** When the bucket is full again: after that the row says nothing and is pruned. */
  @Column({ name: 'full_at', type: 'timestamptz' })
  fullAt: Date;
}
