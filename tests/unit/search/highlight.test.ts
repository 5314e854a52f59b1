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

describe('highlighting in every script', () => {
  it('splits a query without spaces into words and marks them inside longer runs of text', () => {
    const terms = queryTerms('配置漂移');
    expect(terms).toEqual(['配置', '漂移']);
    expect('服务器出现配置漂移时'.match(termPattern(terms))).toEqual(['配置', '漂移']);
  });

  it('keeps combining marks inside a word (Devanagari vowel signs, Arabic vowels)', () => {
    expect(queryTerms('परिनियोजन')).toEqual(['परिनियोजन']);
    expect('نَشْر النشر'.match(termPattern(queryTerms('نَشْر')))).toEqual(['نَشْر']);
  });

  it('marks Cyrillic words that start with a term, not words that only contain it', () => {
    expect('Образ образы прообраз'.match(termPattern(queryTerms('образ')))).toEqual(['Образ', 'образы']);
  });
});
