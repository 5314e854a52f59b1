/**
 * Which guide a progress file belongs to. Written into every page that exports or imports,
 * at build time, so that a file of one guide is never merged into another. Browser-safe.
 */
import { fnv1aHex, textSlug } from '../checks/core/ids';

/** A guide as a progress file names it. */
export interface GuideIdentity {
  /** What matches: the `id` setting, or one made from the title (see `guideId`). */
  id: string;
  /** The guide's title when the file was written, for messages ("a file of “Kubernetes basics”"). */
  title: string;
  /** The base path it was served from; kept for the learner's information, never matched. */
  base: string;
}

/**
 * The guide's id: the `id` setting, or the title as lowercase ASCII words joined by hyphens,
 * or, for a title without Latin letters or digits, `guide-` and 8 hex digits of a hash of it.
 * Not the base: one guide built for two hosts is one guide, and two guides at `/` of two
 * domains are two.
 * @example guideId({ title: 'Deployment fundamentals' }) // 'deployment-fundamentals'
 * @example guideId({ title: 'Основы', id: 'osnovy' }) // 'osnovy'
 */
export function guideId(settings: { title: string; id?: string | undefined }): string {
  return settings.id ?? (textSlug(settings.title, 12, 80) || `guide-${fnv1aHex(settings.title.normalize('NFC'))}`);
}

/** The identity of the guide with these settings. */
export function guideIdentity(settings: { title: string; base: string; id?: string | undefined }): GuideIdentity {
  return { id: guideId(settings), title: settings.title, base: settings.base };
}
