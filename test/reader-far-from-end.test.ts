import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../src/layout/document.js';
import { bundledArticle } from './helpers/articles.js';

// The reducer skips laying out the article's end when a screenful of blocks is still below the top
// (ArticleDocument.isFarFromEnd): that shortcut must never be taken on the last page.
describe('isFarFromEnd', () => {
  it('is never true for a row on the last page, whatever the width and height', () => {
    const article = bundledArticle();
    for (const width of [20, 40, 80, 200]) {
      const doc = new ArticleDocument(article, width, { reorder: true, shape: false });
      for (const viewRows of [1, 2, 5, 10, 24, 60]) {
        const lastPageTop = doc.lastPageTop(viewRows);
        for (let row = doc.firstRow; ; row = doc.move(row, 1)) {
          if (doc.isFarFromEnd(row, viewRows)) expect(doc.compare(row, lastPageTop)).toBeLessThan(0);
          if (doc.compare(row, doc.lastRow) === 0) break;
        }
      }
    }
  });
});
