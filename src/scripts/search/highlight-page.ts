// Entry of the highlighter: runs once when the loader adds it to a page opened from a result.
import { highlightQuery } from './highlight';

highlightQuery();
