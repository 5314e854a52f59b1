/**
 * The URL segment for a file or folder name: lowercase, spaces and underscores to hyphens,
 * other punctuation dropped. @example segmentSlug('Blue Green_deploys') // 'blue-green-deploys'
 */
export function segmentSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9.-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A lesson's route slug from its path inside `content/` (POSIX separators).
 * @example lessonRouteSlug('Releasing/Feature flags.mdx') // 'releasing/feature-flags'
 */
export function lessonRouteSlug(relPath: string): string {
  return relPath
    .replace(/\.mdx?$/i, '')
    .split('/')
    .map(segmentSlug)
    .join('/');
}
