/** Offers the export of a progress file, when the learner asks for it (`on-demand.ts`). */
import { downloadProgress } from '../download';
import { offer } from '../on-demand';

offer('exportProgress', downloadProgress);
