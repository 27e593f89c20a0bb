/** Size of each built entry (its own file plus the chunks its page or manifest loads), raw and gzip. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleRow {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

function measure(entry: string, dir: string, files: string[]): BundleRow {
  const bytes = files.map((file) => readFileSync(join(dir, file)));
  return {
    entry,
    files,
    raw: bytes.reduce((total, b) => total + b.length, 0),
    // Gzip each file on its own, as the browser would fetch them.
    gzip: bytes.reduce((total, b) => total + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** Scripts an HTML entry loads: its module script and the chunks it preloads. */
function scriptsOfPage(dir: string, html: string): string[] {
  const source = readFileSync(join(dir, html), 'utf8');
  const found = [...source.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  return [...new Set(found)];
}

export function measureBundles(dir: string): BundleRow[] {
  if (!existsSync(dir)) return [];
  const rows: BundleRow[] = [];
  const scripts = existsSync(join(dir, 'content-scripts')) ? readdirSync(join(dir, 'content-scripts')) : [];
  for (const file of scripts.filter((name) => name.endsWith('.js'))) {
    rows.push(measure(`content-script (${file.replace(/\.js$/, '')})`, dir, [`content-scripts/${file}`]));
  }
  for (const page of ['popup.html', 'sidepanel.html', 'options.html']) {
    if (existsSync(join(dir, page))) rows.push(measure(page.replace('.html', ''), dir, scriptsOfPage(dir, page)));
  }
  if (existsSync(join(dir, 'background.js'))) rows.push(measure('background', dir, ['background.js']));
  return rows;
}
