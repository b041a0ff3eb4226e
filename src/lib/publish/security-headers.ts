// What the site allows a page to load and run. The site has no inline code at all (astro.config.mjs keeps every
// script and stylesheet in its own file), so one policy fits every page and needs no per-page hashes; scripts
// added later stay inside it as long as they are files of the site and use no inline handlers or styles.
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  // Pagefind compiles its WebAssembly search index in the page and in its worker.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // Browsers ignore frame-ancestors in a <meta> policy (and say so in the console): it is sent as a header only.
  ['frame-ancestors', "'none'"],
];

/** The Content-Security-Policy every page is sent with, as the headers file (public/_headers) gives it. */
export const CONTENT_SECURITY_POLICY: string = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The same policy for a page's <meta http-equiv> (hosts that send no headers file): without frame-ancestors. */
export const META_CONTENT_SECURITY_POLICY: string = DIRECTIVES.filter(([name]) => name !== 'frame-ancestors').map(([name, value]) => `${name} ${value}`).join('; ');
