/**
 * Lets Node run the generator's own modules as they are. They are written for Vite, which
 * resolves `./problems` to `./problems.ts` and `../i18n` to `../i18n/index.ts`; Node's ESM
 * loader does not. This hook retries a relative import that was not found with those
 * endings (Node 22.15+: `module.registerHooks`). Node strips the types itself.
 */
import { registerHooks } from 'node:module';

const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\//.test(specifier) || !NOT_FOUND.has((error as { code?: string }).code ?? '')) throw error;
      for (const ending of ['.ts', '/index.ts']) {
        try {
          return nextResolve(specifier + ending, context);
        } catch {
          // Try the next ending.
        }
      }
      throw error;
    }
  },
});
