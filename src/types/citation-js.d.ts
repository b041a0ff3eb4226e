// Citation.js ships no type declarations: the little of its API the archive uses.
declare module '@citation-js/core' {
  /** A set of references in CSL-JSON, and their conversion to the formats of the loaded plugins. */
  export class Cite {
    constructor(data: object | object[]);
    /** Formats the references: 'bibtex', 'ris' (with { format: 'object' } the RIS records), 'data' (CSL-JSON). */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
