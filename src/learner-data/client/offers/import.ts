/** Offers the import of a progress file, when the learner picks one (`on-demand.ts`). */
import { importProgress } from '../import';
import { offer } from '../on-demand';

offer('importProgress', importProgress);
