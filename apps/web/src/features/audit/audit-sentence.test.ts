import type { AuditEventFieldsFragment } from '../../gql/graphql';
import { auditDetails, auditSentence, permissionsSummary } from './audit-sentence';
import { formatDateTime } from '../../lib/format';

const EXTERNAL = '11111111-1111-4111-8111-111111111111';
const EMPLOYEE = '22222222-2222-4222-8222-222222222222';

const subject = (id: string, kind: string, name: string | null, exists = true) => ({ __typename: 'AuditSubject' as const, id, kind, name, exists });

function event(action: string, data: Record<string, unknown>, mentions: ReturnType<typeof subject>[] = []): AuditEventFieldsFragment {
  return {
    id: 'ev',
    at: '2030-01-01T10:00:00Z',
    action,
    targetType: 'external_user',
    targetId: EXTERNAL,
    data,
    actor: { id: 'admin', fullName: 'Alice Admin' },
    apiToken: null,
    target: subject(EXTERNAL, 'external_user', String(data.targetName), action !== 'external_user.promoted' && action !== 'external_user.deleted'),
    mentions,
  };
}

const read = (e: AuditEventFieldsFragment) => auditSentence(e).map((s) => s.text).join('');

describe('external user events read as sentences', () => {
  it('names both people of a promotion and links the new employee', () => {
    const e = event('external_user.promoted', { targetName: 'Sam Steward', employeeId: EMPLOYEE, employeeName: 'Samuel Steward' }, [subject(EMPLOYEE, 'employee', 'Samuel Steward')]);
    expect(read(e)).toBe('Alice Admin promoted the external user Sam Steward to employee Samuel Steward');
    expect(auditSentence(e).find((s) => s.text === 'Samuel Steward')?.to).toBe(`/settings/people/employees/${EMPLOYEE}`);
    // The external user is gone: their name is plain text.
    expect(auditSentence(e).find((s) => s.text === 'Sam Steward')?.to).toBeUndefined();
  });

  it.each([
    ['external_user.created', 'Alice Admin added the external user Kim Contractor'],
    ['external_user.updated', 'Alice Admin edited the external user Kim Contractor'],
    ['external_user.deleted', 'Alice Admin deleted the external user Kim Contractor'],
  ])('%s', (action, sentence) => {
    const e = event(action, { targetName: 'Kim Contractor' });
    expect(read(e)).toBe(sentence);
  });

  it('links an existing external user to their drawer', () => {
    const e = event('external_user.updated', { targetName: 'Kim Contractor' });
    expect(auditSentence(e).find((s) => s.text === 'Kim Contractor')?.to).toBe(`/settings/people/external/${EXTERNAL}`);
  });
});

describe('details read like the rest of the app', () => {
  const detailText = (e: AuditEventFieldsFragment) => auditDetails(e).map((d) => `${d.label}: ${d.to.map((s) => s.text).join('')}`);

  it('a due date is written like every other date, and assigned external users are named', () => {
    const e = event('item.created', { targetName: 'Check turnstiles', dueAt: '2026-12-20T13:00:00.000Z', assignedEmployeeIds: [EMPLOYEE], assignedExternalUserIds: [EXTERNAL] }, [
      subject(EMPLOYEE, 'employee', 'Grace Hopper'),
      subject(EXTERNAL, 'external_user', 'Sam Steward'),
    ]);
    expect(detailText(e)).toEqual([`Due: ${formatDateTime('2026-12-20T13:00:00.000Z')}`, 'Assigned: Grace Hopper', 'External users: Sam Steward']);
    expect(formatDateTime('2026-12-20T13:00:00.000Z')).not.toBe(new Date('2026-12-20T13:00:00.000Z').toLocaleString());
  });

  it('one level is "level", several are "levels"', () => {
    expect(permissionsSummary([{ module: 'JOBS', canAccess: true, isModuleAdmin: false, seeLevels: [1, 2, 3], editLevels: [1] }])).toBe('Jobs (sees levels 1, 2, 3; edits level 1)');
  });
});
