import type { ItemKind, OutcomeCode, Template } from '../../../shared/templates/schema';

/** Items about a child – named or anonymous – are the ones an outcome is chosen on. */
export function isChildItem(kind: ItemKind | string): boolean {
  return kind === 'barn' || kind === 'anonym';
}

/**
 * The outcomes an item may be given: the template's list on a child item, none on any other item. The one rule behind
 * `item.update`'s refusal and the item's `allowedOutcomes` the screens offer (issue 16, item 2).
 */
export function allowedOutcomes(template: Template, kind: ItemKind | string): OutcomeCode[] {
  return isChildItem(kind) ? [...template.outcomes] : [];
}
