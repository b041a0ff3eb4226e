import { describe, expect, it } from 'vitest';
import { MEMORANDUM, NOTICES } from '../fixtures/fixture-archive.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { readLetterFile } from '../support/letter-files.ts';
import { contentDir } from '../support/paths.ts';
import { expectResults, facetOptions, NARROW_BY, openFacets, resultTitles, searchFor, searchPage, settledStatus, submitSearch } from '../support/search-page.ts';

const titleOf = (id: string) => String(readLetterFile(`${contentDir}/letters/${id}.mdx`).frontmatter.title);
const LUCAS = titleOf('2015-12-11-lucas-ign-meetings');
const LYKKETOFT = titleOf('2015-12-14-lykketoft-ign-meetings');
const DONALDSON = titleOf('2021-01-28-donaldson-selection-process');
const UNDATED = titleOf('undated-1-for-7-billion-civil-society');
const sorted = (titles: string[]) => [...titles].sort();

describe('narrowing and ordering a search', () => {
  // The seed letters alone, whose facets these tests count.
  const site = useFixtureSite('seed');

  it('a search for "United" finds the four letters and each facet offers its values with the number of letters', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, 'United')).toBe('4 letters for “United”');
    await openFacets(page);
    expect(await facetOptions(page, 'Year')).toEqual(['All', '2015 (2)', '2017 (1)', '2021 (1)']);
    expect(await facetOptions(page, 'GA session')).toEqual(['All', '70 (2)', '71 (1)', '75 (1)']);
    expect(await facetOptions(page, 'Sender')).toEqual(['All', 'Ben Donaldson (1)', 'Mogens Lykketoft (1)', 'Sylvie Lucas (1)', 'The 1 for 7 Billion campaign (1)']);
    expect(await facetOptions(page, 'Recipient')).toContain('António Guterres (1)');
    expect(await facetOptions(page, 'Kind')).toEqual(['All', 'letter (4)']);
    expect(await facetOptions(page, 'Document cited')).toEqual(['All', 'A/RES/69/321 (2)', 'A/DEC/62/557 (1)', 'A/DEC/69/560 (1)']);
    expect(errors).toEqual([]);
  });

  it.each([
    ['Year', '2015', 'year 2015', [LUCAS, LYKKETOFT]],
    ['GA session', '71', 'the 71st session', [UNDATED]],
    ['Sender', 'Ben Donaldson', 'Ben Donaldson as sender', [DONALDSON]],
    ['Recipient', 'António Guterres', 'António Guterres as recipient', [UNDATED]],
    ['Document cited', 'A/DEC/62/557', 'the letters citing decision 62/557', [LUCAS]],
  ])('choosing %s "%s" narrows the results and the count to %s', async (label, value, _, titles) => {
    const { page, errors } = await site.open();
    await searchFor(page, 'United');
    await openFacets(page);
    await searchPage(page).facet(label).selectOption(value);
    const count = `${titles.length} ${titles.length === 1 ? 'letter' : 'letters'} for “United”`;
    expect(await settledStatus(page)).toBe(count);
    expect(sorted(await resultTitles(page))).toEqual(sorted(titles));
    const chosen = searchPage(page).facet(label).locator('option:checked');
    await expect.poll(() => chosen.innerText()).toBe(`${value} (${titles.length})`);
    expect(errors).toEqual([]);
  });

  it('the facet menus stay folded, their index not loaded, until the reader opens them', async () => {
    const { page, errors } = await site.open();
    const facetIndexes: string[] = [];
    page.on('request', (request) => /\/pagefind\/(?:parts\/[^/]+\/)?filter\//.test(request.url()) && facetIndexes.push(request.url()));
    await searchFor(page, 'United');
    expect(sorted(await resultTitles(page))).toEqual(sorted([LUCAS, LYKKETOFT, DONALDSON, UNDATED]));
    expect(await searchPage(page).facet('Year').isVisible()).toBe(false);
    expect(facetIndexes).toEqual([]);
    await page.getByRole('main').getByText(NARROW_BY, { exact: true }).click();
    await expect.poll(() => facetOptions(page, 'Year')).toEqual(['All', '2015 (2)', '2017 (1)', '2021 (1)']);
    expect(facetIndexes.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('on the search page with nothing typed, the facets offer every year of the archive, and a year chosen lists its letters', async () => {
    const { page, errors } = await site.open();
    await page.goto('/search/');
    await openFacets(page);
    expect(await facetOptions(page, 'Year')).toEqual(['All', '2015 (2)', '2017 (1)', '2021 (1)']);
    await searchPage(page).facet('Year').selectOption('2015');
    expect(await settledStatus(page)).toBe('2 letters');
    await expectResults(page, [LYKKETOFT, LUCAS]);
    expect(errors).toEqual([]);
  });

  it('with words, results come by relevance: the letter Lykketoft signed comes first, before the newer letter naming him', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'Lykketoft');
    expect(await searchPage(page).order.inputValue()).toBe('');
    expect(await searchPage(page).order.locator('option:checked').innerText()).toBe('Relevance');
    expect((await resultTitles(page))[0]).toBe(LYKKETOFT);
    expect(errors).toEqual([]);
  });

  it('choosing "Newest first" and then "Oldest first" reorders the same letters by date', async () => {
    const { page, errors } = await site.open();
    await searchFor(page, 'Lykketoft');
    await searchPage(page).order.selectOption({ label: 'Newest first' });
    await expectResults(page, [DONALDSON, LYKKETOFT, LUCAS]);
    await searchPage(page).order.selectOption({ label: 'Oldest first' });
    await expectResults(page, [LUCAS, LYKKETOFT, DONALDSON]);
    expect(await settledStatus(page)).toBe('3 letters for “Lykketoft”');
    expect(errors).toEqual([]);
  });

  it('a phrase in quotes finds the letters with those words together: "Intergovernmental Negotiations" the two IGN letters, as the words do', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, '"Intergovernmental Negotiations"')).toBe('2 letters for “"Intergovernmental Negotiations"”');
    const phrase = await resultTitles(page);
    expect(sorted(phrase)).toEqual(sorted([LUCAS, LYKKETOFT]));
    expect(await submitSearch(page, 'Intergovernmental Negotiations')).toBe('2 letters for “Intergovernmental Negotiations”');
    expect(sorted(await resultTitles(page))).toEqual(sorted(phrase));
    expect(errors).toEqual([]);
  });

  it('a phrase in quotes matches fewer letters than its words: "General Assembly resolution" only the letter that writes it so', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, 'General Assembly resolution')).toBe('2 letters for “General Assembly resolution”');
    expect(sorted(await resultTitles(page))).toEqual(sorted([DONALDSON, UNDATED]));
    expect(await submitSearch(page, '"General Assembly resolution"')).toBe('1 letter for “"General Assembly resolution"”');
    await expectResults(page, [UNDATED]);
    expect(errors).toEqual([]);
  });
});

describe('narrowing by kind in the fixture archive', () => {
  const site = useFixtureSite();

  it('choosing Kind "memorandum" narrows the letters of the Records Section to its one memorandum', async () => {
    const { page, errors } = await site.open();
    expect(await searchFor(page, 'Records Section')).toBe(`${NOTICES + 1} letters for “Records Section”`);
    await openFacets(page);
    expect(await facetOptions(page, 'Kind')).toEqual(['All', `letter (${NOTICES})`, 'memorandum (1)']);
    await searchPage(page).facet('Kind').selectOption('memorandum');
    expect(await settledStatus(page)).toBe('1 letter for “Records Section”');
    await expectResults(page, [MEMORANDUM.title]);
    expect(errors).toEqual([]);
  });
});
