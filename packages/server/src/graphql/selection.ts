import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * Names of the fields selected at `path` below the current field (e.g. ["edges", "node"]), across
 * every field node of the operation that asked for it, through inline fragments and fragment
 * spreads. Directives (@include/@skip) are not evaluated: a field under one counts as selected, so
 * the answer is a superset of what will be resolved (fit for prefetching, not for authorization).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const found = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>) => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length) found.add(selection.name.value);
        else if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth, seen);
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        const fragment = info.fragments[name];
        if (fragment) visit(fragment.selectionSet, depth, new Set(seen).add(name));
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) visit(node.selectionSet, 0, new Set());
  return found;
}

type Class = Function;

/**
 * The entity properties that resolving these fields of `type` (an @ObjectType class) reads: a
 * plain field reads its own property; `known` names what some field resolvers read. Null when
 * any field could read more (any other field resolver, a field not declared on the class itself):
 * then the whole entity is needed.
 */
export function propertiesFor(
  type: Class,
  fields: ReadonlySet<string>,
  known: Readonly<Record<string, readonly string[]>> = {},
): Set<string> | null {
  const storage = getMetadataStorage();
  const objectType = storage.objectTypes.find((it) => it.target === type);
  if (!objectType) return null;
  const properties = new Set<string>();
  for (const name of fields) {
    if (name.startsWith("__")) continue;
    const reads = known[name];
    if (reads) {
      for (const property of reads) properties.add(property);
      continue;
    }
    const field = objectType.fields?.find((it) => it.schemaName === name);
    if (!field || field.target !== type) return null;
    if (storage.fieldResolvers.some((it) => it.methodName === field.name && it.getObjectType?.() === type)) return null;
    properties.add(field.name);
  }
  return properties;
}
