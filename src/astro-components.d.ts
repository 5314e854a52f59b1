/**
 * `.astro` components as `tsc` sees them (`npm run typecheck`): tsc does not read `.astro`
 * files, so a module that imports one (`components/checks/index.ts`) gets this loose type.
 * The Astro language server, in editors and `astro check`, types each component exactly.
 */
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
