/**
 * Collecting each self-check's rendered parts while pages render, for the catalogue.
 * Lesson pages render in the same Node process as the integration (Astro's prerenderer
 * imports the built pages), but from another module graph; a registry on `globalThis`
 * under a well-known symbol is the one object both see.
 */
import type { CheckSpec } from '../schema';
import type { FlashcardParts, QuestionParts } from '../render/types';

/** One self-check as the catalogue holds it: its spec and its rendered HTML parts. */
export interface CatalogueItem {
  spec: CheckSpec;
  parts: QuestionParts | FlashcardParts;
}

const KEY = Symbol.for('mnemo.catalogue');
type Holder = { [KEY]?: Map<string, CatalogueItem> };

/** The items collected so far in this process, by id. */
export function collected(): Map<string, CatalogueItem> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new Map());
}

/**
 * Records a self-check as its lesson renders it. The first rendering of an id wins, so a
 * page that renders lessons again (printing) cannot change it.
 */
export function collect(spec: CheckSpec, parts: QuestionParts | FlashcardParts): void {
  const items = collected();
  if (!items.has(spec.id)) items.set(spec.id, { spec, parts });
}

/** Forgets every collected item (at the start of a build). */
export function resetCollected(): void {
  collected().clear();
}
