/** Offers the progress store, for the first change a page makes (`on-demand.ts`). */
import { createProgressStore } from '../../../lib/progress/store';
import { offer } from '../on-demand';

offer('progressStore', createProgressStore);
