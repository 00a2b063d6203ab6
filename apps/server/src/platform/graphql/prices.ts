import { isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { pageSize } from './connection';
import { MAX_SELECTIONS } from './limits';

/**
 * Prices of fields, in the units of MAX_COST: 1 is one field answered from memory; a
 * database statement is STATEMENT.
 */
/** One database round trip (about a millisecond; a field from memory takes about a microsecond). */
const STATEMENT = 100;
/** A relation aggregated per row inside the page's own statement (a JSON sub-select per row). */
const RELATION = 2;

/**
 * The price of a field that is not just read from its parent, by schema coordinate, with the
 * work it stands for. A field not listed costs 1 plus its selections; a root query field not
 * listed is assumed to run one statement and a mutation not listed one transaction, so a new
 * field is never free. A field with a `first` argument is a connection: its price is paid
 * once, and each item of the page (`first`, default 50) costs its selections.
 */
export const PRICES: Readonly<Record<string, number>> = {
  // Public: `SELECT 1 FROM accounts LIMIT 1`.
  'Query.setupStatus': STATEMENT,
  // Identity, account, memberships and the employee with its relations: 4 statements.
  'Query.me': 4 * STATEMENT,
  // One statement with the relations aggregated.
  'Query.employee': STATEMENT,
  // A batched loader statement.
  'Query.department': STATEMENT,
  'Query.userGroup': STATEMENT,
  // Connections: the page and its total count, 2 statements; items priced per item.
  'Query.employees': 2 * STATEMENT,
  'Query.departments': 2 * STATEMENT,
  'Query.userGroups': 2 * STATEMENT,
  'Query.externalUsers': 2 * STATEMENT,
  // The page, its total count and the names its events mention: 3 statements.
  'Query.auditEvents': 3 * STATEMENT,
  // The page (creators joined) and its total count: 2 statements.
  'Query.apiTokens': 2 * STATEMENT,
  'Query.failedMail': 2 * STATEMENT,
  'Query.mailbox': 2 * STATEMENT,
  // Answered from the configuration.
  'Query.mailboxAvailable': 1,
  // Aggregated per row by the page statement.
  'Employee.userGroups': RELATION,
  'Employee.permissions': RELATION,
  'Employee.department': RELATION,
  // Counted per row by the list statement, or one batched loader statement.
  'Department.memberCount': RELATION,
  'UserGroup.memberCount': RELATION,
  // The item page with its relations, and its visible count: 2 statements.
  'Query.items': 2 * STATEMENT,
  'Item.department': RELATION,
  'Item.ownerGroup': RELATION,
  'Item.sharedGroups': RELATION,
  'Item.assignedEmployees': RELATION,
  'Item.assignedExternalUsers': RELATION,
  // A batched loader statement for the page's external users (paid per row like a relation).
  'ExternalUser.openItemCount': RELATION,
  'Item.checklist': RELATION,
  // argon2 (about 10 ms of CPU) plus the session transaction.
  'Mutation.login': 20 * STATEMENT,
  'Mutation.completeSetup': 20 * STATEMENT,
  // Add employee's whole transaction (identity, employee, permissions, groups, audit, reload) and the external user's removal.
  'Mutation.promoteExternalUser': 20 * STATEMENT,
  'Mutation.resetPassword': 20 * STATEMENT,
  'Mutation.acceptInvitation': 20 * STATEMENT,
};

/** A root query field not in PRICES: one statement. */
const QUERY_FIELD = STATEMENT;
/** A mutation not in PRICES: one transaction (load, check, write, audit: about ten statements). */
const MUTATION_FIELD = 10 * STATEMENT;
/** Any other field: read from its parent. */
const PLAIN_FIELD = 1;

/** Throws at startup when PRICES names a field the schema does not have (a rename would make it free). */
export function checkPrices(schema: GraphQLSchema): void {
  for (const coordinate of Object.keys(PRICES)) {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    const type = schema.getType(typeName);
    if (!isObjectType(type) || type.getFields()[fieldName] === undefined) throw new Error(`PRICES names ${coordinate}, which the schema does not have`);
  }
}

function estimatorFor(schema: GraphQLSchema): ComplexityEstimator {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  return ({ type, field, args, childComplexity }) => {
    // `__typename` and introspection answer from the schema in memory.
    const isMeta = field.name.startsWith('__');
    const fallback = isMeta ? PLAIN_FIELD : type === query ? QUERY_FIELD : type === mutation ? MUTATION_FIELD : PLAIN_FIELD;
    const own = PRICES[`${type.name}.${field.name}`] ?? fallback;
    if (!field.args.some((a) => a.name === 'first')) return own + childComplexity;
    // pageSize refuses a `first` out of range, before anything runs.
    const first: unknown = args.first;
    const items = pageSize(typeof first === 'number' ? first : null);
    return own + items * Math.max(1, childComplexity);
  };
}

/**
 * The price of the operation with these variables (which must coerce). @skip and @include are
 * applied, so the price is of what would run with exactly these variables.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null, variables: Record<string, unknown>): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [estimatorFor(schema)],
    // The selection limit rule has already refused anything larger; this is a backstop.
    maxQueryNodes: MAX_SELECTIONS + 1,
  });
}
