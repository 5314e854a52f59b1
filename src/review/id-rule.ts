/**
 * The id rule of self-checks (`ID_PATTERN`, src/checks/core/ids.ts), repeated for review code.
 * Review code runs on every page and shares no module with the lesson pages' scripts: a module
 * both import becomes a chunk of its own, which every lesson page then loads as one more file.
 * A unit test keeps the two patterns equal.
 */

/** Lowercase letters and digits in groups joined by single hyphens. */
export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
