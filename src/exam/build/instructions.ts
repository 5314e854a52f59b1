/**
 * An exam page's instructions: its rendered body without the questions written in it. Those
 * questions belong to the exam (always drawn, shown only once it starts), so the page must not
 * show them, nor hand their stems to search, before then. They still render, so the catalogue
 * records them (`src/checks/catalogue/collect.ts`). Pure: works on the HTML the body rendered to.
 */

// `renderQuestion` writes each question as one `<mnemo-question id="…">` element that never
// nests and whose text is escaped, so its closing tag ends it.
const QUESTION = /<mnemo-question\s[^]*?<\/mnemo-question>/g;

/**
 * The body's HTML with every rendered question taken out.
 * @example withoutQuestions('<p>Read.</p><mnemo-question id="q">…</mnemo-question>') // '<p>Read.</p>'
 */
export function withoutQuestions(html: string): string {
  return html.replace(QUESTION, '');
}
