import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type ParamMetadata = NonNullable<ReturnType<typeof getMetadataStorage>["fieldResolvers"][number]["params"]>[number];
type Class = Function;

/** Values type-graphql passes through untouched as a resolver's root (convertToType). */
const SIMPLE_TYPES: unknown[] = [String, Boolean, Number, Date, Array, Promise];

/**
 * type-graphql gives every field of an object type a resolver of its own: plain fields read
 * `root[property]` through a middleware dispatcher that allocates per call, and @FieldResolver
 * methods go through the container, the middleware dispatcher and a parameter-collecting pass
 * (sorting the parameter list) on each call. A page resolves well over a thousand fields.
 *
 * For the object types' fields that have neither roles (@Authorized) nor middlewares, this puts
 * in direct resolvers that do exactly what type-graphql's would do with an empty middleware
 * chain: a plain field returns `root[property]`; a @FieldResolver of a resolver class whose
 * parameters are only @Root, @Ctx and @Info calls the method with the same values. A root that
 * type-graphql would convert (not already an instance of the declared type) goes through the
 * original resolver. Root types (Query, Mutation, Subscription) are left alone: their resolvers
 * carry the authentication checks.
 *
 * Only for a schema built without global middlewares and with type-graphql's default container
 * (one instance per resolver class), as createSchema builds it: global middlewares would be
 * skipped here.
 */
export function directResolvers(schema: GraphQLSchema, resolverClasses: readonly Class[]): GraphQLSchema {
  const storage = getMetadataStorage();
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const named = new Map<string, number>();
  for (const objectType of storage.objectTypes) named.set(objectType.name, (named.get(objectType.name) ?? 0) + 1);
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType) || roots.has(type)) continue;
    // Two classes with one GraphQL name: which one built this type is not known here.
    if (named.get(objectType.name) !== 1) continue;
    const fields = type.getFields();
    for (const fieldMetadata of objectType.fields ?? []) {
      const field = fields[fieldMetadata.schemaName];
      if (!field || !field.resolve) continue;
      const resolvers = storage.fieldResolvers.filter(
        (it) =>
          (it.kind === "internal" || resolverClasses.includes(it.target)) &&
          it.getObjectType?.() === fieldMetadata.target &&
          it.methodName === fieldMetadata.name,
      );
      if (resolvers.length === 0) {
        if (fieldMetadata.roles !== undefined || fieldMetadata.middlewares?.length) continue;
        // Same name: no resolver at all (graphql-js's default reads it; the compiled executor inlines it).
        field.resolve = fieldMetadata.name === fieldMetadata.schemaName ? undefined : propertyReader(fieldMetadata.name);
        continue;
      }
      const [resolver] = resolvers;
      if (resolvers.length > 1 || resolver.kind !== "external" || resolver.roles !== undefined || resolver.middlewares?.length) continue;
      const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
      if (!params.every((p) => p.kind === "root" || p.kind === "context" || p.kind === "info")) continue;
      field.resolve = directFieldResolver(resolver.target, resolver.methodName, params, field.resolve);
    }
  }
  return schema;
}

/**
 * `root => root[property]`, compiled for each field (the name is a literal, quoted with
 * JSON.stringify): each field reads its property through an access of its own, which stays
 * specialised to the one class its roots have.
 */
function propertyReader(property: string): Resolve {
  return new Function("root", `return root[${JSON.stringify(property)}];`) as Resolve;
}

function directFieldResolver(target: Class, methodName: string, params: ParamMetadata[], original: Resolve): Resolve {
  let instance: Record<string, (...args: unknown[]) => unknown> | undefined;
  let rootTypes: (Class | null)[] | undefined;
  const [first, second] = params;
  if (
    params.length === 2 &&
    first.kind === "root" &&
    !first.propertyName &&
    second.kind === "context" &&
    !second.propertyName
  ) {
    // The usual shape, `(@Root() parent, @Ctx() ctx)`, without the general loop.
    let declared: Class | null | undefined;
    return (root, args, context, info) => {
      if (first.getType) {
        if (declared === undefined) {
          const type = first.getType() as unknown;
          declared = typeof type === "function" ? (type as Class) : null;
        }
        const untouched =
          root == null ||
          (declared !== null && root instanceof (declared as new () => unknown)) ||
          SIMPLE_TYPES.includes((root as object).constructor);
        if (!untouched) return original(root, args, context, info);
      }
      instance ??= new (target as new () => Record<string, (...args: unknown[]) => unknown>)();
      return instance[methodName](root, context);
    };
  }
  return (root, args, context, info) => {
    // Lazily: a parameter's declared type may refer to classes defined after this one.
    rootTypes ??= params.map((p) => {
      if (p.kind !== "root" || !p.getType) return null;
      const declared = p.getType() as unknown;
      return typeof declared === "function" ? (declared as Class) : null;
    });
    const values = new Array<unknown>(params.length);
    for (let i = 0; i < params.length; i++) {
      const param = params[i];
      if (param.kind === "root") {
        const value = param.propertyName ? (root as Record<string, unknown>)[param.propertyName] : root;
        if (param.getType) {
          const declared = rootTypes[i];
          const untouched =
            value == null ||
            (declared !== null && value instanceof (declared as new () => unknown)) ||
            SIMPLE_TYPES.includes((value as object).constructor);
          if (!untouched) return original(root, args, context, info);
        }
        values[i] = value;
      } else if (param.kind === "context") {
        values[i] = param.propertyName ? (context as Record<string, unknown>)[param.propertyName] : context;
      } else {
        values[i] = info;
      }
    }
    // type-graphql's default container keeps one instance of each (stateless) resolver class.
    instance ??= new (target as new () => Record<string, (...args: unknown[]) => unknown>)();
    return instance[methodName](...values);
  };
}
