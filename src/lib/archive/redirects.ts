import { isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import { redirectSchema, type Redirect } from '../../schema/redirect.ts';

/** A redirect with the line of the redirect file on which its entry starts. */
export interface LocatedRedirect extends Redirect {
  line: number;
}

/** Something wrong in the redirect file: the line it is on (null for the whole file) and what is wrong. */
export interface RedirectProblem {
  line: number | null;
  message: string;
}

/** Reads the YAML of the redirect file: each valid entry with its line, and one problem per invalid entry. */
export function readRedirects(text: string): { redirects: LocatedRedirect[]; problems: RedirectProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    return { redirects: [], problems: doc.errors.map((e) => ({ line: e.linePos?.[0].line ?? null, message: e.message.split('\n')[0]! })) };
  }
  if (doc.contents === null) return { redirects: [], problems: [] };
  if (!isSeq(doc.contents)) {
    return { redirects: [], problems: [{ line: 1, message: 'write a list of redirects, each "- from: <old id>" and "  to: <current id>"' }] };
  }
  const redirects: LocatedRedirect[] = [];
  const problems: RedirectProblem[] = [];
  for (const item of doc.contents.items) {
    const line = isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : null;
    const parsed = redirectSchema.safeParse(isNode(item) ? item.toJSON() : item);
    if (parsed.success) redirects.push({ ...parsed.data, line: line ?? 0 });
    else problems.push(...parsed.error.issues.map((issue) => ({ line, message: `${issue.path.join('.') || 'entry'}: ${issue.message}` })));
  }
  return { redirects, problems };
}

/**
 * Checks redirects against the letters of the archive: every target is a letter, no old id is a
 * letter's current id or a page of the list of letters (/letters/2/), and no old id is redirected twice.
 */
export function checkRedirects(redirects: readonly LocatedRedirect[], letterIds: ReadonlySet<string>): RedirectProblem[] {
  const problems: RedirectProblem[] = [];
  const seen = new Map<string, number>();
  for (const { from, to, line } of redirects) {
    if (!letterIds.has(to)) problems.push({ line, message: `to: no letter has the id "${to}"; write the letter's current id` });
    if (letterIds.has(from)) problems.push({ line, message: `from: "${from}" is the id of a letter; an old id must not be in use` });
    if (/^\d+$/.test(from)) problems.push({ line, message: `from: "${from}" is a page of the list of letters (/letters/${from}/)` });
    const earlier = seen.get(from);
    if (earlier !== undefined) problems.push({ line, message: `from: "${from}" is already redirected on line ${earlier}` });
    else seen.set(from, line);
  }
  return problems;
}

/** Formats redirect problems one per line ("content/redirects.yaml:4 to: no letter has the id ..."), for the build error. */
export function formatRedirectProblems(file: string, problems: readonly RedirectProblem[]): string {
  const lines = problems.map((p) => `${file}${p.line === null ? '' : `:${p.line}`} ${p.message}`);
  return `The redirect file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
