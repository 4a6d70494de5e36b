import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";

const SCALAR_LITERALS: Record<string, string> = { Int: "1", Float: "1.5", Boolean: "true", DateTime: '"2026-01-01T00:00:00Z"', Decimal: '"1.00"' };

/** A literal for any input type, filling only what is required. */
export function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(", ")} }`;
  }
  return SCALAR_LITERALS[getNamedType(type).name] ?? '"1"';
}

/** The smallest valid operation on one root field: its required arguments, `__typename` of an object. */
export function rootOperation(kind: "query" | "mutation" | "subscription", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(", ")})` : "";
  return `${kind} { ${field.name}${argText}${isObjectType(getNamedType(field.type)) ? " { __typename }" : ""} }`;
}
