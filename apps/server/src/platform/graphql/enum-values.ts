import { registerEnumType } from 'type-graphql';

/** Turns a readonly tuple of names into the `{ NAME: 'NAME' }` object type-graphql registers. */
export function enumObject<const T extends string>(values: readonly T[]): { [K in T]: K } {
  const result: Record<string, string> = {};
  for (const v of values) result[v] = v;
  // Every key maps to itself, which is exactly the mapped type.
  return result as { [K in T]: K };
}

/** Registers a string-union enum with a description for the type and for every value. */
export function registerDescribedEnum<const T extends string>(
  values: readonly T[],
  name: string,
  description: string,
  valueDescriptions: Readonly<Record<T, string>>,
): { [K in T]: K } {
  const obj = enumObject(values);
  const valuesConfig: Partial<Record<T, { description: string }>> = {};
  for (const v of values) valuesConfig[v] = { description: valueDescriptions[v] };
  registerEnumType(obj, { name, description, valuesConfig });
  return obj;
}
