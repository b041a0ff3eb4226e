import { describe, expect, it } from 'vitest';
import { letterTextFromHtml } from '../../../src/lib/text/page-text.ts';

const page = (inner: string) => `<html><body><nav>Letters</nav><div class="letter-text">${inner}</div><footer>Footer</footer></body></html>`;

describe('letterTextFromHtml', () => {
  it('gives the text of the letter only, not the navigation or the footer', () => {
    expect(letterTextFromHtml(page('<p>Excellency,</p>'))).toBe('Excellency,');
  });

  it('drops the paragraph numbers', () => {
    expect(letterTextFromHtml(page('<p><a class="para-link" href="#p1">1</a>Text.</p><p><a href="#p2" class="para-link">¶ 2</a>More.</p>'))).toBe('Text. More.');
  });

  it('runs inline tags into the words around them, as a reader sees them', () => {
    expect(letterTextFromHtml(page('<p>the 70<sup>th</sup> session of the <a href="/organisations/general-assembly/">General Assembly</a></p>'))).toBe('the 70th session of the General Assembly');
  });

  it('keeps block tags apart with a space', () => {
    expect(letterTextFromHtml(page('<p>Excellency,</p><p>Text.</p>New York<br>Geneva'))).toBe('Excellency, Text. New York Geneva');
  });

  it('decodes character references', () => {
    expect(letterTextFromHtml(page('<p>&lt;script&gt; &amp; &#123;1+1&#125;</p>'))).toBe('<script> & {1+1}');
  });

  it('finds nothing on a page with no letter text', () => {
    expect(letterTextFromHtml('<html><body><p>Not found</p></body></html>')).toBeNull();
  });
});
