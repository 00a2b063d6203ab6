import { AuditEventEntity } from './audit-event.entity';

export { AuditResolver } from './audit.resolver';

/** The tables this feature owns, for the data source. */
export const AUDIT_ENTITIES = [AuditEventEntity];
