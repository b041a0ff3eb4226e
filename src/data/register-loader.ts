import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { registerFiles, type RegisterRows } from '../schema/register.ts';
import { buildRegister, emptyRegister, formatRegisterProblem, type Register } from '../lib/model/register.ts';

// Reads the register of office-holders (content/register/*.csv) for the build (src/data/archive.ts) and for plain
// Node scripts such as the ingest: no astro:* import here. Every row is checked against src/schema/register.ts.

/** The register's folder in a content folder. */
export function registerFolder(contentRoot: string): string {
  return `${contentRoot.replace(/\/+$/, '')}/register`;
}

/** Why a register cannot be read: one line per problem, each "file:line: field: message". */
export class RegisterError extends Error {
  /** The problems, one a line. */
  readonly lines: string[];
  constructor(lines: string[]) {
    super(`The register of office-holders has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.lines = lines;
    this.name = 'RegisterError';
  }
}

type ReadText = (path: string) => string;

/** The rows of every register file, validated; problems come back as lines ("content/register/ga-sessions.csv:12: opening_date: ..."). */
export function readRegisterRows(folder: string, readText: ReadText = (path) => readFileSync(path, 'utf8')): { rows: RegisterRows; problems: string[] } {
  const display = folder.replace(/^\.\//, '');
  const problems: string[] = [];
  const rows = {} as Record<keyof RegisterRows, unknown[]>;
  for (const [key, { file, schema, columns }] of Object.entries(registerFiles) as Array<[keyof RegisterRows, (typeof registerFiles)[keyof RegisterRows]]>) {
    rows[key] = [];
    let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
    try {
      records = parse(readText(join(folder, file)), { columns: true, info: true, skip_empty_lines: true, bom: true });
    } catch (error) {
      const e = error as { lines?: number; code?: string; message: string };
      problems.push(`${display}/${file}${e.lines ? `:${e.lines}` : ''}: ${e.code === 'ENOENT' ? 'the file is missing' : e.message}`);
      continue;
    }
    const header = records[0] ? Object.keys(records[0].record) : columns;
    if (header.join() !== columns.join()) problems.push(`${display}/${file}:1: columns: expected ${columns.join(',')}, found ${header.join(',')}`);
    for (const { record, info } of records) {
      const result = schema.safeParse(record);
      if (result.success) rows[key].push({ ...result.data, place: { file, line: info.lines } });
      else for (const issue of result.error.issues) problems.push(`${display}/${file}:${info.lines}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
    }
  }
  return { rows: rows as unknown as RegisterRows, problems };
}

/**
 * The register of a content folder, checked whole (rows, names of States, sessions, overlapping terms); throws a
 * RegisterError naming every bad row by file, line and field. A content folder without register/ has an empty register.
 */
export function loadRegister(contentRoot: string, readText?: ReadText): Register {
  const folder = registerFolder(contentRoot);
  if (!readText && !existsSync(folder)) return emptyRegister();
  const { rows, problems } = readRegisterRows(folder, readText);
  if (problems.length) throw new RegisterError(problems);
  const built = buildRegister(rows);
  if (built.problems.length) throw new RegisterError(built.problems.map((p) => formatRegisterProblem(p, folder.replace(/^\.\//, ''))));
  return built.register;
}

/** A fingerprint of the register's files: it changes when any of them does (an empty string without a register). */
export function registerDigest(contentRoot: string): string {
  const folder = registerFolder(contentRoot);
  if (!existsSync(folder)) return '';
  const hash = createHash('sha1');
  for (const { file } of Object.values(registerFiles)) hash.update(`${file}\n${existsSync(join(folder, file)) ? readFileSync(join(folder, file)) : ''}\n`);
  return hash.digest('hex');
}
