// The docs site (typedoc) is built into a temporary folder, and its search is
// run the way the search box runs it: lunr over assets/search.js, each word
// sent as `*word*`, the ten best results shown. Vietnamese terms must be found
// with and without diacritics (scripts/typedoc-vi-search.mjs), and the guides
// must render as the site's pages, with no link left to a Markdown file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingBranch } from '../../scripts/checks/docs-pending.mjs';
import { foldVi } from '../../src/core/text.js';

interface LunrResult {
  readonly ref: string;
  readonly score: number;
}
interface LunrIndex {
  search(query: string): LunrResult[];
}
interface Lunr {
  Index: { load(serialised: unknown): LunrIndex };
}
interface SearchRow {
  readonly name: string;
  readonly url: string;
  readonly kind: number;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
// lunr as typedoc itself resolves it (a dependency of typedoc).
const requireFromTypedoc = createRequire(createRequire(join(root, 'package.json')).resolve('typedoc'));
const lunr = requireFromTypedoc('lunr') as Lunr;

let out = '';
let rows: readonly SearchRow[] = [];
let index: LunrIndex;

/** What the search box lists for `text`: every result, best first, as names. */
function search(text: string): string[] {
  const query = text
    .trim()
    .split(' ')
    .map((w) => (w.length > 0 ? `*${w}*` : ''))
    .join(' ');
  return index.search(query).map((r) => {
    const row = rows[Number(r.ref)];
    if (row === undefined) throw new Error(`no row ${r.ref}`);
    return row.name;
  });
}
const GLOSSARY = 'Glossary';
const top10 = (text: string): string[] => search(text).slice(0, 10);

/** The Vietnamese terms of the glossary's first column, one per comma-separated entry. */
function glossaryTerms(): string[] {
  const text = readFileSync(join(root, 'docs/glossary.md'), 'utf8');
  const terms: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| Vietnamese') || line.startsWith('| ---')) continue;
    const first = line.slice(2, line.indexOf(' |', 2));
    for (const part of first.split(/[,;]/)) {
      const term = part
        .replaceAll('…', '')
        .replace(/\(.*\)/, '')
        .trim();
      if (term !== '') terms.push(term);
    }
  }
  return terms;
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'cchc-docs-'));
  // --skipErrorChecking: the site's content does not depend on dist/ (the
  // examples, type-checked with the project, import the built package).
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/typedoc/bin/typedoc'),
      '--out',
      out,
      '--skipErrorChecking',
      '--logLevel',
      'Warn',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (run.status !== 0) throw new Error(`typedoc failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const src = readFileSync(join(out, 'assets/search.js'), 'utf8');
  const b64 = src.slice(src.indexOf('"') + 1, src.lastIndexOf('"'));
  const data = JSON.parse(inflateSync(Buffer.from(b64, 'base64')).toString('utf8')) as {
    rows: SearchRow[];
    index: unknown;
  };
  rows = data.rows;
  index = lunr.Index.load(data.index);
}, 600_000);

afterAll(() => {
  if (out !== '') rmSync(out, { recursive: true, force: true });
});

describe('the docs site search', () => {
  it('lists the glossary and the task status first for "quá hạn", typed with or without diacritics, in any case', () => {
    for (const q of ['quá hạn', 'qua han', 'QUÁ HẠN', 'Qua Han']) {
      const names = top10(q);
      expect(names, q).toContain(GLOSSARY);
      expect(names, q).toContain('TaskStatus');
      expect(names, q).toContain('DossierStatus');
    }
  });

  it('finds single Vietnamese words that lunr alone would cut ("quá" → "qu", "đúng" → "ng")', () => {
    expect(search('quá')).toContain(GLOSSARY);
    expect(search('đúng')).toContain('DossierStatus');
    expect(search('dung')).toContain('DossierStatus');
    expect(top10('thường xuyên')).toContain('ContinuousDeadline');
    expect(top10('thuong xuyen')).toContain('ContinuousDeadline');
  });

  it('finds every glossary term, each word with and without diacritics, on the glossary page', () => {
    const terms = glossaryTerms();
    expect(terms.length).toBeGreaterThan(60);
    const missing: string[] = [];
    for (const term of terms) {
      for (const word of term.split(' ')) {
        for (const form of new Set([word, foldVi(word)])) {
          if (!search(form).includes(GLOSSARY)) missing.push(`${form} (${term})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps English searches as they were', () => {
    expect(top10('overdue')).toContain('overdue');
    expect(top10('addWorkingDays')[0]).toBe('addWorkingDays');
    expect(top10('working day')).toContain('isWorkingDay');
  });

  it('renders every guide as a page of the site, and leaves no link to a Markdown file or to an invented host', () => {
    const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
      projectDocuments: string[];
    };
    const docs = readdirSync(join(out, 'documents'));
    expect(docs.length).toBe(config.projectDocuments.length);
    expect(docs).toContain('Glossary.html');
    expect(docs).toContain('Examples.html');
    // Each page's <title> names its guide: the guide's `title:` front matter, or its file name.
    const sourceByTitle = new Map<string, string>();
    for (const path of config.projectDocuments) {
      const text = readFileSync(join(root, path), 'utf8');
      const title =
        /^---\n(?:[^\n]*\n)*?title: ([^\n]+)\n/.exec(text)?.[1] ??
        path.replace(/^.*\//, '').replace(/\.md$/, '');
      sourceByTitle.set(title.trim(), path);
    }
    const pages = [join(out, 'index.html'), ...docs.map((d) => join(out, 'documents', d))];
    const bad: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const title = (/<title>([^<|]*?)(?: \| cchc)?<\/title>/.exec(html)?.[1] ?? '')
        .replaceAll('&amp;', '&')
        .trim();
      // A guide that an open branch is rewriting is left to that branch (scripts/checks/docs-pending.mjs).
      const source = sourceByTitle.get(title);
      if (source !== undefined && pendingBranch(source) !== null) continue;
      for (const m of html.matchAll(/href="([^"]*)"/g)) {
        const href = m[1] ?? '';
        // A guide's link to another guide or to the README becomes a page link.
        // A Markdown file that is not a guide is copied to media/ and linked
        // there; any other ".md" link is one typedoc could not resolve.
        if (/\.md(?:#|$)/.test(href) && !/^(?:\.\.\/)?media\//.test(href)) bad.push(`${page}: ${href}`);
        // markdown-it turns a bare file name in prose ("NOTES.md") into a
        // link to http://NOTES.md, a host that does not exist.
        if (/^https?:\/\/[A-Za-z-]+\.md\b/.test(href)) bad.push(`${page}: ${href}`);
      }
      if (html.includes('{@link')) bad.push(`${page}: raw {@link}`);
    }
    expect(bad).toEqual([]);
  });
});
