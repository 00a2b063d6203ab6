import { buildSchema, parse, validate } from 'graphql';
import { limitRules, MAX_DEPTH } from './limits';

// Gatehouse's own schema has no cycles yet, so the depth rule is checked on one that does.
const schema = buildSchema('type Node { id: ID, child: Node } type Query { node: Node }');
const nested = (depth: number) => `{ node ${'{ child '.repeat(depth - 1)}{ id }${' }'.repeat(depth - 1)} }`;

describe('depth limit', () => {
  it.each([
    [MAX_DEPTH - 1, 0],
    [MAX_DEPTH, 0],
    [MAX_DEPTH + 1, 1],
    [MAX_DEPTH + 5, 1],
  ])('a query %i levels deep gets %i errors', (depth, errors) => {
    expect(validate(schema, parse(nested(depth)), limitRules())).toHaveLength(errors);
  });
});
