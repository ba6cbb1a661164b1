import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/**
 * A GraphQL validation rule refusing operations nested deeper than `max` fields: each level can
 * populate relations, so depth multiplies work. Payload limits complexity, not depth.
 */
export function maxQueryDepth(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }

    const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0
      let deepest = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          // Introspection has a depth limit of its own in Payload.
          if (selection.name.value.startsWith('__')) continue
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen))
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          // Cycles are refused by GraphQL's own NoFragmentCycles rule.
          if (!fragment || seen.has(name)) continue
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])))
        }
        if (deepest > max) return deepest
      }
      return deepest
    }

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(`查询嵌套过深（上限 ${max} 层）。 / The query is nested more than ${max} levels deep.`, {
              nodes: [operation],
            }),
          )
        }
      },
    }
  }
}
