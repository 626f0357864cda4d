// The docs stand alone. Everything a user gets — the code and its comments, the
// guides, the README, the examples, the tests, the scripts — must make sense
// without files outside this repository, and speak to the user about the
// library, never about how it was written. This check fails on:
//
// - a citation of a file users do not have: the design notes (API.md,
//   DOMAIN.md, FACTS.md, STYLE.md, PAR-INDEX.md), a `../shared` or
//   `/work/shared` path. Cite the fact and its primary source instead (law,
//   decree, decision, letter number, press report);
// - a sentence about how the docs were written ("in this session", "we could
//   not read", "the documents we read");
// - a raw `{@link …}` tag in a Markdown guide: a code host shows it as is. Use
//   a relative Markdown link to another guide, or the name in `code`;
// - a date cast `'2018-06-30' as IsoDate` in a guide, an example or a doc
//   comment: write `isoDate('2018-06-30')` or `assertIsoDate(…)`.
//
// Usage: node scripts/checks/docs-standalone.mjs [file …] (no file: the whole
// repository). One pass over each line with regular expressions that cannot
// backtrack; no file is read twice.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PENDING, pendingBranch } from './docs-pending.mjs';

// import.meta.dirname needs Node 20.11; the package supports every Node 20.
const root = fileURLToPath(new URL('../..', import.meta.url));
const self = relative(root, fileURLToPath(import.meta.url))
  .split(sep)
  .join('/');

/** What is scanned: top-level files, and folders walked for text files. */
const ROOTS = [
  'README.md',
  'CHANGELOG.md',
  'src',
  'docs',
  'examples',
  'test',
  'scripts',
  'bench',
  'changes',
  'schema',
  'samples',
];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '.tmp', 'temp', '.git']);
const SKIP_PATHS = new Set([
  'docs/api',
  self,
  self.replace(/\.mjs$/, '.sh'),
  'scripts/checks/docs-pending.mjs',
]);
const TEXT = /\.(?:md|ts|mts|cts|tsx|js|mjs|cjs|json|sh|csv|txt|html)$/;

/** A Markdown line without its inline code spans (`…`), where a tag or a cast is only named. */
const withoutCodeSpans = (line) => line.replace(/`[^`]*`/g, '``');

const RULES = [
  {
    id: 'outside-file',
    why: 'cites a file users do not have; state the fact and its primary source',
    test: (line) =>
      /\b(?:API|DOMAIN|FACTS|STYLE|PAR-INDEX)\.md\b/.test(line) ||
      /\b(?:DOMAIN|FACTS|PAR-INDEX)\b/.test(line),
  },
  {
    id: 'outside-path',
    why: 'points outside the repository',
    test: (line) => /\.\.\/shared\b|\/work\/(?:shared|wt|main)\b|\bshared\/(?:design|seeds)\b/.test(line),
  },
  {
    id: 'how-written',
    why: 'speaks about how the docs were written; say what is known, what is not, and its source',
    test: (line) =>
      /\b(?:this session|in this session|for this work|in this work|the look-ups|we could not|we couldn't|we did not (?:read|confirm|check|find|verify)|we believe|the documents we read|what we could not|not reachable here|the issue's aim)\b/i.test(
        line,
      ),
  },
  {
    id: 'raw-link-tag',
    why: 'a code host shows {@link} as is; use a relative Markdown link or `code`',
    applies: (path) => path.endsWith('.md'),
    test: (line) => withoutCodeSpans(line).includes('{@link'),
  },
  {
    id: 'iso-date-cast',
    why: "write isoDate('YYYY-MM-DD') or assertIsoDate(…), not a cast",
    applies: (path) => path.endsWith('.md') || path.startsWith('examples/') || path.startsWith('src/'),
    test: (line, path) => {
      if (path.startsWith('src/')) {
        // In the library's code a cast after a check is fine; in its comments (the
        // `@example` blocks users copy) it is not.
        const t = line.trimStart();
        if (!(t.startsWith('*') || t.startsWith('//'))) return false;
        return /'\d{4}-\d{2}-\d{2}'\s*as\s+IsoDate\b/.test(line);
      }
      // In Markdown, a cast named in `code` is a mention; in a ```ts block it is code.
      return /\bas\s+IsoDate\b/.test(path.endsWith('.md') ? withoutCodeSpans(line) : line);
    },
  },
];

function walk(rel, out) {
  if (SKIP_PATHS.has(rel)) return;
  const abs = join(root, rel);
  let st;
  try {
    st = statSync(abs);
  } catch {
    return;
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(abs).sort()) {
      if (SKIP_DIRS.has(name)) continue;
      walk(rel === '' ? name : `${rel}/${name}`, out);
    }
  } else if (TEXT.test(rel)) {
    out.push(rel);
  }
}

const args = process.argv.slice(2);
const files = [];
for (const r of args.length > 0 ? args.map((a) => relative(root, resolve(a)).split(sep).join('/')) : ROOTS) {
  walk(r, files);
}

const failures = [];
const allowed = [];
const usedEntries = new Set();
for (const path of files) {
  const lines = readFileSync(join(root, path), 'utf8').split('\n');
  const pending = pendingBranch(path);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    for (const rule of RULES) {
      if (rule.applies && !rule.applies(path)) continue;
      if (!rule.test(line, path)) continue;
      const hit = { path, line: i + 1, rule, text: line.trim().slice(0, 140) };
      if (pending) {
        allowed.push({ ...hit, branch: pending.branch });
        usedEntries.add(pending.entry);
      } else {
        failures.push(hit);
      }
    }
  }
}

if (allowed.length > 0) {
  console.log('Allowed until their branch is merged (the lead then removes the entry in PENDING):');
  for (const a of allowed) console.log(`  [${a.branch}] ${a.path}:${a.line} ${a.rule.id}: ${a.text}`);
}
if (args.length === 0) {
  const unused = PENDING.flatMap((b) =>
    b.paths.filter((p) => !usedEntries.has(p)).map((p) => `${b.branch}: ${p}`),
  );
  if (unused.length > 0)
    console.log(
      `PENDING entries with nothing to allow (remove them when their branch is merged): ${unused.join(', ')}`,
    );
}
if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):`);
  for (const f of failures)
    console.error(`  ${f.path}:${f.line} ${f.rule.id} — ${f.rule.why}\n      ${f.text}`);
  process.exit(1);
}
const byBranch = PENDING.map(
  (b) => `${b.branch} ${allowed.filter((a) => a.branch === b.branch).length}`,
).join(', ');
console.log(`docs-standalone: ${files.length} files, no problem (allowed on open branches: ${byBranch})`);
