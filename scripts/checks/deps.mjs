// Every runtime dependency earns its place: each package in "dependencies"
// must be imported by some file the package ships (dist/). Fails otherwise,
// naming the package, so a dependency nothing uses is removed, not carried.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {});

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(c|m)?js$/.test(name)) yield path;
  }
}

const used = new Map(deps.map((d) => [d, []]));
for (const file of files('dist')) {
  const text = readFileSync(file, 'utf8');
  for (const dep of deps) {
    const esc = dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const re = new RegExp(`(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)["']${esc}(?:/[^"']*)?["']`);
    if (re.test(text)) used.get(dep).push(file);
  }
}

let failed = false;
for (const [dep, where] of used) {
  if (where.length === 0) {
    console.error(
      `deps: "${dep}" is a runtime dependency but no file in dist/ imports it; remove it or use it`,
    );
    failed = true;
  } else {
    console.log(`deps: ${dep} ← ${where.length} file(s), e.g. ${where[0]}`);
  }
}
if (failed) process.exit(1);
