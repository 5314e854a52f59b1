/**
 * What the pages that export or import progress tell their scripts: the guide's identity and
 * the download's name. Made at build time from the settings and interface strings.
 */
import { format } from '../i18n/format';
import { segmentSlug } from '../lib/content/slug';
import { guideIdentity, type GuideIdentity } from './identity';

/** The export's settings, as a page hands them to its script (`data-export`, JSON). */
export interface TransferSettings {
  guide: GuideIdentity;
  /** The file's name with `{date}` still to fill in, e.g. `deployment-fundamentals-progress-{date}.json`. */
  fileName: string;
}

/**
 * The settings of the guide with `settings`; `template` is the interface string of the file's
 * name, with `{guide}` (the title as an address segment, in its own script) and `{date}`.
 * @example transferSettings({ title: 'Deployment fundamentals', base: '/' }, '{guide}-progress-{date}.json').fileName // 'deployment-fundamentals-progress-{date}.json'
 */
export function transferSettings(settings: { title: string; base: string; id?: string | undefined }, template: string): TransferSettings {
  return { guide: guideIdentity(settings), fileName: format(template, { guide: segmentSlug(settings.title), date: '{date}' }) };
}
