import { describe, expect, it } from 'vitest';
import { decodeEntities, mdxToPlainText } from '../../../src/lib/text/mdx-text.ts';

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;sup&gt;', '<sup>'],
    ['&quot;we the peoples&quot; &apos;x&apos;', '"we the peoples" \'x\''],
    ['&#123;&#x7B;&#X7b;', '{{{'],
    ['&AMP;', '&'],
    ['no&nbsp;break', 'no\u00a0break'],
    ['&#x1F600;', '😀'],
    ['&bogus; stays', '&bogus; stays'],
    ['&#1114112; &#0; &#xD800;', '\ufffd \ufffd \ufffd'],
  ])('decodes %j as %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

describe('mdxToPlainText', () => {
  it.each([
    ['<PersonRef id="mogens-lykketoft">Mogens Lykketoft</PersonRef> wrote', 'Mogens Lykketoft wrote'],
    ['the 70<sup>th</sup> session', 'the 70th session'],
    ["one{' '}<em>two</em>", 'one two'],
    ['- The recognition of civil society', 'The recognition of civil society'],
    ['* starred item', 'starred item'],
    ['1. first item', 'first item'],
    ['2) second item', 'second item'],
    ['To: All Permanent Representatives\\\nNew York', 'To: All Permanent Representatives\nNew York'],
    ['a \\* b \\_c\\_ \\{x\\} \\<y\\>', 'a * b _c_ {x} <y>'],
    ['H.E. Mr. Lykketoft &amp; Ms. Lucas', 'H.E. Mr. Lykketoft & Ms. Lucas'],
    ['1 for 7 Billion is a campaign', '1 for 7 Billion is a campaign'],
  ])('reads %j as %j', (fragment, text) => {
    expect(mdxToPlainText(fragment)).toBe(text);
  });
});
