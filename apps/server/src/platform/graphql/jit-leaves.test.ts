import { buildSchema, execute, parse, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * graphql-jit is patched (see pnpm-workspace.yaml) to build a leaf's error path only when the
 * leaf fails. Its answers must stay those of graphql-js: values serialized, and a null, an
 * Error or a value the scalar refuses reported at the right path and location.
 */
const schema = buildSchema(`
  enum Scope { ALL DEPARTMENT }
  type Permission { module: String! level: Int! scope: Scope! note: String }
  type Person { id: ID! permissions: [Permission!]! }
  type Query { people: [Person!]! }
`);

const DOCUMENT = parse('{ people { id permissions { module level scope note } } }');

function both(people: unknown): { jit: ExecutionResult; js: ExecutionResult } {
  const compiled = compileQuery(schema, DOCUMENT);
  if (!isCompiledQuery(compiled)) throw new Error('did not compile');
  const root = { people };
  const jit = compiled.query(root, {}, {});
  if (jit instanceof Promise) throw new Error('a synchronous schema answers synchronously');
  return { jit: JSON.parse(JSON.stringify(jit)) as ExecutionResult, js: JSON.parse(JSON.stringify(execute({ schema, document: DOCUMENT, rootValue: root }))) as ExecutionResult };
}

const ok = { module: 'items', level: 3, scope: 'ALL', note: null };

describe('graphql-jit leaves (patched)', () => {
  it('serializes values as graphql-js does', () => {
    const { jit, js } = both([{ id: 7, permissions: [ok, { ...ok, level: '4', note: 12 }] }]);
    expect(jit).toEqual(js);
    expect(jit.data).toEqual({ people: [{ id: '7', permissions: [ok, { ...ok, level: 4, note: '12' }] }] });
  });

  it('reports a null non-null leaf at its path, nested in lists', () => {
    const { jit, js } = both([{ id: '1', permissions: [ok] }, { id: '2', permissions: [ok, { ...ok, module: null }] }]);
    expect(jit.errors).toEqual([expect.objectContaining({ message: 'Cannot return null for non-nullable field Permission.module.', path: ['people', 1, 'permissions', 1, 'module'], locations: [{ line: 1, column: 29 }] })]);
    expect(jit.data).toEqual(js.data);
  });

  it('reports an Error value and values the scalars refuse at their paths', () => {
    const errorsOf = (permission: unknown) => both([{ id: '1', permissions: [ok, permission] }]).jit.errors?.map((e) => [e.message, e.path]);
    expect(errorsOf({ ...ok, note: new Error('no note') })).toEqual([['no note', ['people', 0, 'permissions', 1, 'note']]]);
    expect(errorsOf({ ...ok, level: 'many' })).toEqual([['Int cannot represent non-integer value: "many"', ['people', 0, 'permissions', 1, 'level']]]);
    expect(errorsOf({ ...ok, scope: 'NOWHERE' })).toEqual([['Enum "Scope" cannot represent value: "NOWHERE"', ['people', 0, 'permissions', 1, 'scope']]]);
  });
});
