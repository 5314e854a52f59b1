// @ts-check
import { defineConfig } from 'astro/config';
import { mnemo } from './src/integrations/mnemo';

// Mnemo is one integration: it reads the guide (`content/`, or the folder in MNEMO_CONTENT)
// and its settings (`_guide.yaml`), and sets up everything else. Other Astro integrations
// may be added beside it.
export default defineConfig({
  integrations: [mnemo()],
});
