/**
 * Offers the progress store of a guide over the page's storage, for the first change a page
 * makes (`on-demand.ts`): a save the browser refuses is reported, so the page says so.
 */
import { createProgressStore } from '../../../lib/progress/store';
import { offer } from '../on-demand';
import { pageStorage } from '../storage';
import { reportUnsaved } from '../unsaved';

offer('progressStore', (key) => createProgressStore(pageStorage, key, { onWriteFailure: reportUnsaved }));
