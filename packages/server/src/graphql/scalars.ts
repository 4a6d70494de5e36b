import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { formatCents, parseMoney } from "../money";

/** Money: integer cents inside, a string with two decimals outside ("1299.00", MXN). */
export const DecimalScalar = new GraphQLScalarType<number, string>({
  name: "Decimal",
  description: 'Money as a string with two decimals, e.g. "1299.00" (MXN).',
  serialize(value) {
    if (typeof value !== "number" || !Number.isInteger(value)) {
      throw new GraphQLError("Decimal values are integer cents inside the server");
    }
    return formatCents(value);
  },
  parseValue(value) {
    return parseDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) {
      throw new GraphQLError('Decimal must be a string such as "1299.00"', {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return parseDecimal(ast.value);
  },
});

function parseDecimal(value: unknown): number {
  const cents = typeof value === "string" || typeof value === "number" ? parseMoney(String(value)) : null;
  if (cents === null) {
    throw new GraphQLError('Decimal must be an amount with at most two decimals, e.g. "1299.00"', {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return cents;
}

/** ISO-8601 in UTC. */
export const DateTimeScalar = DateTimeResolver;
