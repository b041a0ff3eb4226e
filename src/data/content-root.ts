/** The folder that holds the archive's content: ARCHIVE_CONTENT_DIR when set (benchmarks, tests), else ./content. */
export function contentRoot(): string {
  return (process.env.ARCHIVE_CONTENT_DIR ?? './content').replace(/\/+$/, '');
}
