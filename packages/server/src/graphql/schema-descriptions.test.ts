/**
 * Integrators read the schema (playground, codegen, IDEs): every type, field, argument, enum
 * value and input field the API exposes carries a description. Built-in scalars and the
 * introspection types are GraphQL's own and are left out; so are the names of the root types
 * (Query, Mutation, Subscription), which the schema builder creates without a description;
 * their fields and arguments are checked like any other.
 */
import {
  type GraphQLArgument,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isIntrospectionType,
} from "graphql";
import { createInProcessPubSub } from "./pubsub";
import { createSchema } from "./schema";

function described(description: string | null | undefined): boolean {
  return typeof description === "string" && description.trim().length > 0;
}

/** Every schema element without a description, as "Type", "Type.field", "Type.field(arg)", "Enum.VALUE". */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const args = (owner: string, list: readonly GraphQLArgument[]) => {
    for (const arg of list) if (!described(arg.description)) missing.push(`${owner}(${arg.name})`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const root = type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
    if (!root && !described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (!described(field.description)) missing.push(name);
        args(name, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe("schema descriptions", () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema(createInProcessPubSub());
  });

  it("describes every type, field, argument, enum value and input field", () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it("finds an element without a description (the check itself can fail)", async () => {
    const { buildSchema } = await import("graphql");
    const bare = buildSchema(`
      """Described."""
      type Query {
        """Described."""
        a(x: Int): Int
        b: E
      }
      enum E {
        """Described."""
        ONE
        TWO
      }
    `);
    expect(undescribed(bare)).toEqual(["Query.a(x)", "Query.b", "E", "E.TWO"]);
    const input = buildSchema(`
      """Described."""
      type Query {
        """Described."""
        a(
          """Described."""
          x: I
        ): Int
      }
      input I {
        y: Int
      }
      """Described."""
      type Orphan {
        z: Int
      }
    `);
    expect(undescribed(input)).toEqual(["I", "I.y", "Orphan.z"]);
  });
});
