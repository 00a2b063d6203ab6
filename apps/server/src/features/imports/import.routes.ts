import { Readable } from 'node:stream';
import { can, isRole, type AccountPrincipal } from '@gatehouse/access';
import { IMPORT_MAX_BYTES, INVITATION_STATES, SEARCH_MAX_LENGTH, type InvitationState } from '@gatehouse/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteKit } from '../../platform/http/app';
import type { EmployeeFilterValues } from '../employees';
import { ImportFileError, tooLarge } from './csv-reader';
import { exportEmployeesCsv, templateCsv } from './employee-export';
import { previewImport } from './import-preview.commands';
import { jobById } from './import.queries';

/** Where the admin app and scripts upload and download employee CSV files. */
export const IMPORT_PATHS = {
  template: '/api/employees/import-template.csv',
  export: '/api/employees/export.csv',
  upload: '/api/employees/imports',
} as const;

type Answer = { status: number; error: string; message: string };

function refuse(reply: FastifyReply, answer: Answer) {
  return reply.code(answer.status).send({ error: answer.error, message: answer.message });
}

/** The caller, allowed to do everything `actions` name on employees; otherwise the 401 or 403 to send. */
async function caller(kit: RouteKit, request: FastifyRequest, actions: readonly ('read' | 'create' | 'update')[]): Promise<AccountPrincipal | Answer> {
  const { principal } = await kit.caller(request);
  if (principal === null) return { status: 401, error: 'UNAUTHENTICATED', message: 'Log in first.' };
  if (!actions.every((action) => can(principal, action, 'employees'))) return { status: 403, error: 'FORBIDDEN', message: 'You may not do this.' };
  return principal;
}

function isAnswer(value: AccountPrincipal | Answer): value is Answer {
  return 'status' in value;
}

function text(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isInvitationState(value: string): value is InvitationState {
  return INVITATION_STATES.some((state) => state === value);
}

/** The list's filter from query parameters, named like the GraphQL EmployeeFilter fields. */
function filterOf(query: Record<string, unknown>): EmployeeFilterValues | string {
  const search = text(query, 'search');
  const role = text(query, 'role');
  const isActive = text(query, 'isActive');
  const invitationState = text(query, 'invitationState');
  if (search !== undefined && search.length > SEARCH_MAX_LENGTH) return `search: at most ${SEARCH_MAX_LENGTH} characters`;
  if (role !== undefined && !isRole(role)) return `role: not a role: ${role}`;
  if (isActive !== undefined && isActive !== 'true' && isActive !== 'false') return 'isActive: write true or false';
  if (invitationState !== undefined && !isInvitationState(invitationState)) return `invitationState: not a state: ${invitationState}`;
  return {
    search,
    departmentId: text(query, 'departmentId'),
    groupId: text(query, 'groupId'),
    role: role !== undefined && isRole(role) ? role : undefined,
    isActive: isActive === undefined ? undefined : isActive === 'true',
    invitationState: invitationState !== undefined && isInvitationState(invitationState) ? invitationState : undefined,
  };
}

function attachment(reply: FastifyReply, fileName: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store');
}

/** The upload, template and export routes. */
export async function registerImportRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  app.get(IMPORT_PATHS.template, async (request, reply) => {
    const who = await caller(kit, request, ['read']);
    if (isAnswer(who)) return refuse(reply, who);
    return attachment(reply, 'employees-template.csv').send(`\uFEFF${templateCsv()}`);
  });

  app.get(IMPORT_PATHS.export, async (request, reply) => {
    const who = await caller(kit, request, ['read']);
    if (isAnswer(who)) return refuse(reply, who);
    const filter = filterOf(request.query as Record<string, unknown>);
    if (typeof filter === 'string') return refuse(reply, { status: 400, error: 'BAD_REQUEST', message: filter });
    return attachment(reply, 'employees.csv').send(Readable.from(exportEmployeesCsv(kit.appCtx(request, who).read, who.accountId, filter)));
  });

  await app.register(async (scoped) => {
    // Only here: the body reaches the import as a stream, parsed while it arrives, never held whole.
    scoped.addContentTypeParser(['text/csv', 'application/csv', 'application/octet-stream'], (_request, payload, done) => done(null, payload));
    scoped.post(IMPORT_PATHS.upload, (request, reply) => upload(kit, request, reply));
  });
}

async function upload(kit: RouteKit, request: FastifyRequest, reply: FastifyReply) {
    if (!kit.passesCsrfCheck(request)) {
      return refuse(reply, { status: 400, error: 'CSRF', message: 'Send the header apollo-require-preflight: true with uploads.' });
    }
    const who = await caller(kit, request, ['create', 'update']);
    if (isAnswer(who)) return refuse(reply, who);
    // An import is held to the importer's own role and grants: a person's, not an API token's.
    if (who.kind !== 'employee') return refuse(reply, { status: 403, error: 'FORBIDDEN', message: 'Imports are made by people logged in to the admin app.' });
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > IMPORT_MAX_BYTES) return refuse(reply, { status: 413, error: 'PAYLOAD_TOO_LARGE', message: tooLarge().message });
    const body = request.body;
    if (!isReadable(body)) {
      return refuse(reply, { status: 415, error: 'UNSUPPORTED_MEDIA_TYPE', message: 'Upload the file as the request body with Content-Type: text/csv.' });
    }
    const query = request.query as Record<string, unknown>;
    const fileName = (text(query, 'fileName') ?? 'employees.csv').slice(0, 200);
    const ctx = kit.appCtx(request, who);
    try {
      const jobId = await previewImport(ctx.uow, { principal: who, employeeId: who.employeeId }, { fileName, createMissing: text(query, 'createMissing') === 'true', sendInvites: text(query, 'sendInvites') === 'true', body });
      const job = await jobById(ctx.read, who.accountId, jobId);
      return reply.code(201).send({ jobId, state: job?.state ?? 'REJECTED', message: job?.message ?? null });
    } catch (error) {
      if (error instanceof ImportFileError) {
        body.resume();
        return refuse(reply, { status: error.status, error: error.status === 413 ? 'PAYLOAD_TOO_LARGE' : error.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', message: error.message });
      }
      throw error;
    }
}

function isReadable(value: unknown): value is Readable {
  return typeof value === 'object' && value !== null && 'pipe' in value && typeof value.pipe === 'function';
}
