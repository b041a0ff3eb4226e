import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** The target of a redirect page (its meta refresh URL), or null when the HTML is an ordinary page. */
export function redirectTarget(html: string): string | null {
  return /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1] ?? null;
}

/** Every redirect page of a built site, by path, with the path it leads to; reads only the head of each page. */
export async function redirectPages(outDir: string, paths: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const head = Buffer.alloc(1024);
  for (const path of paths) {
    const file = await open(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    await file.close();
    const target = redirectTarget(head.subarray(0, bytesRead).toString('utf8'));
    if (target) found.set(path, target);
  }
  return found;
}
