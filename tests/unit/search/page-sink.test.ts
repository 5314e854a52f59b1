import { describe, expect, it } from 'vitest';
import { isIndexedPage, pageSink, setPageSink, sourcePathOf } from '../../../src/lib/search/page-sink';

describe('sourcePathOf', () => {
  it('turns a page path under the base into the file the build writes', () => {
    expect(sourcePathOf('/guide/basics/intro/', '/guide/')).toBe('basics/intro/index.html');
    expect(sourcePathOf('/basics/intro/', '/')).toBe('basics/intro/index.html');
    expect(sourcePathOf('/guide/', '/guide/')).toBe('index.html');
    expect(sourcePathOf('/guide/404', '/guide')).toBe('404.html');
  });

  it('decodes escaped characters, as the file on disk has them', () => {
    expect(sourcePathOf('/caf%C3%A9/menu/', '/')).toBe('café/menu/index.html');
  });
});

describe('the page sink', () => {
  it('is there only while a build installs it', () => {
    const pages: string[] = [];
    setPageSink((path) => pages.push(path));
    pageSink()?.('/a/', '<article data-pagefind-body>');
    setPageSink(undefined);
    expect(pageSink()).toBeUndefined();
    expect(pages).toEqual(['/a/']);
  });

  it('takes lesson pages only: those that mark their article for the index', () => {
    expect(isIndexedPage('<article class="mn-lesson" data-pagefind-body data-pagefind-filter="section:a">')).toBe(true);
    expect(isIndexedPage('<main><h1>Home</h1></main>')).toBe(false);
  });
});
