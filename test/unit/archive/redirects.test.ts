import { describe, expect, it } from 'vitest';
import { checkRedirects, formatRedirectProblems, readRedirects } from '../../../src/lib/archive/redirects.ts';

const letters = new Set(['2015-12-11-lucas-ign-meetings', '2015-12-14-lykketoft-ign-meetings']);

describe('reading the redirect file', () => {
  it('reads each entry with the line it starts on', () => {
    const text = '# moved letters\n- from: lucas-ign\n  to: 2015-12-11-lucas-ign-meetings\n\n- from: lykketoft\n  to: 2015-12-14-lykketoft-ign-meetings\n';
    expect(readRedirects(text)).toEqual({
      redirects: [
        { from: 'lucas-ign', to: '2015-12-11-lucas-ign-meetings', line: 2 },
        { from: 'lykketoft', to: '2015-12-14-lykketoft-ign-meetings', line: 5 },
      ],
      problems: [],
    });
  });

  it('takes an empty file, or one with only comments, as no redirects', () => {
    expect(readRedirects('')).toEqual({ redirects: [], problems: [] });
    expect(readRedirects('# none yet\n')).toEqual({ redirects: [], problems: [] });
  });

  it.each([
    ['an id that is not an id', '- from: Lucas IGN\n  to: x\n', 1, 'from: use lower-case letters, digits and single hyphens, e.g. "mogens-lykketoft"'],
    ['a missing target', '- from: a\n- from: b\n  to: c\n', 1, 'to: Invalid input: expected string, received undefined'],
    ['a redirect to itself', '- from: a\n  to: b\n- from: c\n  to: c\n', 3, 'to: a redirect cannot lead to itself'],
  ])('names the line of %s', (_, text, line, message) => {
    expect(readRedirects(text).problems).toEqual([{ line, message }]);
  });

  it('asks for a list when the file holds something else', () => {
    expect(readRedirects('from: a\nto: b\n').problems).toEqual([{ line: 1, message: 'write a list of redirects, each "- from: <old id>" and "  to: <current id>"' }]);
  });
});

describe('checking redirects against the letters', () => {
  it('accepts redirects from unused ids to letters that exist', () => {
    expect(checkRedirects([{ from: 'lucas-ign', to: '2015-12-11-lucas-ign-meetings', line: 2 }], letters)).toEqual([]);
  });

  it.each([
    ['a target that is no letter', { from: 'old', to: 'no-such-letter', line: 4 }, 'to: no letter has the id "no-such-letter"; write the letter\'s current id'],
    ['an old id that a letter uses', { from: '2015-12-14-lykketoft-ign-meetings', to: '2015-12-11-lucas-ign-meetings', line: 7 }, 'from: "2015-12-14-lykketoft-ign-meetings" is the id of a letter; an old id must not be in use'],
    ['an old id that is a page of the list of letters', { from: '2', to: '2015-12-11-lucas-ign-meetings', line: 9 }, 'from: "2" is a page of the list of letters (/letters/2/)'],
  ])('refuses %s, naming its line', (_, redirect, message) => {
    expect(checkRedirects([redirect], letters)).toEqual([{ line: redirect.line, message }]);
  });

  it('refuses an old id redirected twice, naming both lines', () => {
    const twice = [
      { from: 'old', to: '2015-12-11-lucas-ign-meetings', line: 2 },
      { from: 'old', to: '2015-12-14-lykketoft-ign-meetings', line: 5 },
    ];
    expect(checkRedirects(twice, letters)).toEqual([{ line: 5, message: 'from: "old" is already redirected on line 2' }]);
  });

  it('formats the problems one a line with the file and line, as the build prints them', () => {
    expect(formatRedirectProblems('content/redirects.yaml', [{ line: 4, message: 'to: no letter has the id "x"; write the letter\'s current id' }])).toBe(
      'The redirect file has 1 problem:\ncontent/redirects.yaml:4 to: no letter has the id "x"; write the letter\'s current id',
    );
  });
});
