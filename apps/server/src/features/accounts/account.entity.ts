import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant: one venue operator. Every other row belongs to exactly one account. */
@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The account's terms of use; null until an admin writes them (the built-in text applies). */
  @Column({ name: 'terms_text', type: 'text', nullable: true })
  termsText: string | null;

  /** Raised by publishing a new version: everyone accepts the terms again. */
  @Column({ name: 'terms_version', type: 'integer', default: 1 })
  termsVersion: number;

  @Column({ name: 'terms_published_at', type: 'timestamptz', default: () => 'now()' })
  termsPublishedAt: Date;

  /** The terms external users accept in the portal; null until an admin writes them (the built-in text applies). */
  @Column({ name: 'external_terms_text', type: 'text', nullable: true })
  externalTermsText: string | null;

  /** Raised by publishing a new version of the external users' terms: they accept again. */
  @Column({ name: 'external_terms_version', type: 'integer', default: 1 })
  externalTermsVersion: number;

  @Column({ name: 'external_terms_published_at', type: 'timestamptz', default: () => 'now()' })
  externalTermsPublishedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
