/** One value of a facet's menu: the value the URL carries and the words the menu shows. */
export interface FacetOption {
  value: string;
  label: string;
}

/** A facet's menu: its values, and how many more there are than it lists. */
export interface FacetMenu {
  options: FacetOption[];
  /** Values left out past the cap (0 when every value is listed). */
  more: number;
}

/** How many values a menu lists at most: a menu of 5,000 senders is no help, a search for the name is. */
export const FACET_CAP = 300;

// Facets whose values are points in time: their menus read in date order, not by count.
const IN_DATE_ORDER = new Set(['year', 'session']);

/**
 * The menu of a facet from the number of letters for each value: years and sessions in date order, other
 * facets most letters first. The chosen value is always listed (with 0 when no letter has it now).
 */
export function facetMenu(facet: string, counts: Record<string, number>, chosen: string, cap = FACET_CAP): FacetMenu {
  const entries = Object.entries(counts).filter(([value, count]) => count > 0 || value === chosen);
  if (chosen && !entries.some(([value]) => value === chosen)) entries.push([chosen, 0]);
  entries.sort(IN_DATE_ORDER.has(facet) ? (a, b) => Number(a[0]) - Number(b[0]) || a[0].localeCompare(b[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let listed = entries.slice(0, cap);
  const chosenEntry = entries.find(([value]) => value === chosen);
  if (chosenEntry && !listed.includes(chosenEntry)) listed = [...listed.slice(0, cap - 1), chosenEntry];
  return {
    options: listed.map(([value, count]) => ({ value, label: `${value} (${count.toLocaleString('en')})` })),
    more: entries.length - listed.length,
  };
}
