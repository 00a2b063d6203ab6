import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';
import { createSchema } from './schema';

/** Everything Apollo Sandbox shows has a description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  if (!type.description) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

it('describes every type, field, argument and enum value', async () => {
  const schema = await createSchema();
  const own = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(t.name));
  expect(own.length).toBeGreaterThan(30);
  expect(own.flatMap(undescribed)).toEqual([]);
});
