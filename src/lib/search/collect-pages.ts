/**
 * Build-time middleware: hands each rendered lesson page to the search index being built
 * (see page-sink.ts). Outside `astro build`, and for every page that is not a lesson, it
 * passes the response through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { isIndexedPage, pageSink } from './page-sink';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink || !context.isPrerendered || response.status !== 200) return response;
  const type = response.headers.get('content-type');
  if (type && !type.includes('text/html')) return response;
  const html = await response.clone().text();
  if (isIndexedPage(html)) sink(context.url.pathname, html);
  return response;
});
