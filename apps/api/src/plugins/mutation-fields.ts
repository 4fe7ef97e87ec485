/**
 * The root fields a mutation operation will execute, in order and by response key (alias or
 * name), with fragments flattened and `@skip`/`@include` applied as execution would apply them.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

/** One response key of the operation and the field nodes merged under it. */
export interface RootField {
  key: string;
  name: string;
  nodes: FieldNode[];
}

type Variables = Record<string, unknown> | undefined;

function included(node: SelectionNode, variables: Variables): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** Collects the operation's root fields (a fragment is visited once, as execution does). */
export function rootFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): RootField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fields = new Map<string, RootField>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (!included(s, variables)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const field = fields.get(key) ?? { key, name: s.name.value, nodes: [] };
        field.nodes.push(s);
        fields.set(key, field);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!visited.has(s.name.value)) {
        visited.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...fields.values()];
}

/** The document with the operation reduced to the given root fields. */
export function withRootFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  keep: RootField[],
): DocumentNode {
  const selections = keep.flatMap((f) => f.nodes);
  return {
    ...document,
    definitions: document.definitions.map((d) =>
      d === operation
        ? { ...operation, selectionSet: { ...operation.selectionSet, selections } }
        : d,
    ),
  };
}
