/**
 * The contract between the header's loader (`<mnemo-search>`, loaded on every page) and the
 * dialog module (loaded on demand). Types only, so neither file bundles the other's code.
 */

/** What the dialog module hands the header element once it has run. */
export interface SearchController {
  /** Opens the dialog; focus returns to `opener` when it closes. */
  open(opener: HTMLElement | null): void;
}

/** The `<mnemo-search>` element, as the dialog module sees it. */
export interface SearchHost extends HTMLElement {
  /** Called once by the dialog module; opens the dialog if the reader already asked for it. */
  attach(controller: SearchController): void;
}
