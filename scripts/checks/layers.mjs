// The house has one direction: core → calendar → deadline → plan →
// evaluate / dossier → scoring → cli. This check reads every import in src/
// and fails on an import that points up the list, or on any import cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const LAYERS = { core: 0, calendar: 1, deadline: 2, plan: 3, evaluate: 4, dossier: 4, scoring: 5, cli: 6 };
const root = resolve('src');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
})(root);

const layerOf = (file) => {
  const top = relative(root, file).split(/[\\/]/)[0];
  return top.endsWith('.ts') ? { name: 'index', rank: 5.5 } : { name: top, rank: LAYERS[top] ?? -1 };
};
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g;
const graph = new Map();
const problems = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = resolve(dirname(file), m[1].replace(/\.js$/, '.ts'));
    deps.push(target);
    const from = layerOf(file);
    const to = layerOf(target);
    if (from.rank === -1) problems.push(`${relative('.', file)}: folder not in the layer list`);
    else if (
      to.rank > from.rank ||
      (to.rank === from.rank && to.name !== from.name && from.name !== 'index')
    ) {
      // evaluate and dossier share a rank but do not import each other.
      problems.push(
        `${relative('.', file)} (${from.name}) imports ${relative('.', target)} (${to.name}): points up the house`,
      );
    }
  }
  graph.set(file, deps);
}
// Cycles: depth-first search with colours.
const colour = new Map();
const stack = [];
const visit = (f) => {
  colour.set(f, 1);
  stack.push(f);
  for (const d of graph.get(f) ?? []) {
    if (!graph.has(d)) continue;
    if (colour.get(d) === 1) {
      const cycle = stack
        .slice(stack.indexOf(d))
        .concat(d)
        .map((x) => relative('.', x));
      problems.push(`import cycle: ${cycle.join(' → ')}`);
    } else if (!colour.has(d)) visit(d);
  }
  stack.pop();
  colour.set(f, 2);
};
for (const f of graph.keys()) if (!colour.has(f)) visit(f);

if (problems.length > 0) {
  for (const p of problems) console.error(`layers: ${p}`);
  process.exit(1);
}
console.log(`layers: ${files.length} files, imports point down the house, no cycles`);
