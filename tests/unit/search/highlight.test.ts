import { describe, expect, it } from 'vitest';
import { queryTerms, termPattern } from '../../../src/scripts/search/highlight';

describe('highlighting a search on the landing page', () => {
  it('splits a query into distinct terms without common endings', () => {
    expect(queryTerms('Deploying  deployments, DEPLOY!')).toEqual(['deploy']);
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms('naïve café')).toEqual(['naïve', 'café']);
  });

  it('matches whole words that start with a term, in any case', () => {
    const pattern = termPattern(queryTerms('deploying'));
    expect('A Deployment deploys; redeploy is not a prefix match.'.match(pattern)).toEqual(['Deployment', 'deploys']);
  });

  it('treats regular-expression characters in a query as text', () => {
    const pattern = termPattern(['a.b', 'c++']);
    expect('axb a.b c++ cc'.match(pattern)).toEqual(['a.b', 'c++']);
  });
});
