/** A small guide's catalogue index: a lesson at the top, three sections (one without self-checks), tags shared across sections, and an exam page. */
export const INDEX = {
  sections: [{ slug: 'foundations', title: 'Foundations' }, { slug: 'releasing', title: 'Releasing' }, { slug: 'reference', title: 'Reference' }],
  lessons: [
    { slug: 'welcome', title: 'Welcome', section: '', tags: [], questions: ['w-1'], cards: [] },
    { slug: 'foundations/images', title: 'Images', section: 'foundations', tags: ['containers'], questions: ['f-1', 'f-2'], cards: ['c-1'] },
    { slug: 'foundations/config', title: 'Config', section: 'foundations', tags: [], questions: ['f-3'], cards: [] },
    { slug: 'releasing/canary', title: 'Canary', section: 'releasing', tags: ['containers', 'traffic'], questions: ['r-1', 'r-2', 'r-3'], cards: ['c-2'] },
    { slug: 'reference/cheat-sheet', title: 'Cheat sheet', section: 'reference', tags: [], questions: [], cards: [] },
    { slug: 'exams/final', title: 'Final exam', section: 'exams', tags: [], questions: ['e-1'], cards: [] },
  ],
};
