import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The entry points: the root `cchc` and one subpath per module (`cchc/calendar`,
// …), each the module's own index. package.json "exports" names the same files.
const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  deadline: 'src/deadline/index.ts',
  plan: 'src/plan/index.ts',
  evaluate: 'src/evaluate/index.ts',
  dossier: 'src/dossier/index.ts',
  scoring: 'src/scoring/index.ts',
};

// In the Node build, zod, date-fns and immer load on first use, not at import:
// the library's `import * as z from 'zod/mini'` resolves to
// src/core/zod.node.ts, `import … from 'immer'` to src/core/immer.node.ts and
// calendar's `./dateFns.js` to src/calendar/dateFns.node.ts, which require()
// the packages' CommonJS files when a function is first called (they stay
// runtime dependencies, never bundled). Cold `import('cchc')` then loads none
// of them. The same holds for the `cchc` command (dist/cli.js). The browser
// ESM (dist/esm) and the CommonJS build import them statically.
//
// A zod function the library calls but src/core/zod.node.ts lacks would be
// `undefined` at run time; esbuild warns of it ("will always be undefined"),
// and the plugin makes that warning fail the build.
type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];
const lazyDependencies: EsbuildPlugin = {
  name: 'cchc-lazy-dependencies',
  setup(build) {
    build.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: resolve('src/core/zod.node.ts') }));
    build.onResolve({ filter: /^immer$/ }, () => ({ path: resolve('src/core/immer.node.ts') }));
    build.onEnd((result) => {
      const missing = result.warnings.filter((w) => w.text.includes('will always be undefined'));
      if (missing.length > 0) {
        throw new Error(`lazy dependencies: ${missing.map((w) => w.text).join('; ')}`);
      }
    });
    build.onResolve({ filter: /^\.\/dateFns\.js$/ }, (args) =>
      args.importer.endsWith(`calendar${process.platform === 'win32' ? '\\' : '/'}vietnamDates.ts`)
        ? { path: resolve('src/calendar/dateFns.node.ts') }
        : undefined,
    );
  },
};

// dist/ is emptied by the `build` script before tsup runs: the configs below
// run at once and write beside each other, so none of them cleans.
const configs: Options[] = [
  {
    // ESM, one output file per source file (not bundled), so that a browser
    // bundler honouring "sideEffects": false keeps only the modules an app
    // imports: `import { parseDeadline }` does not pull in zod's schemas of
    // plans and criteria sets (8 KB gzipped instead of 110 KB bundled).
    entry: ['src/**/*.ts', '!src/cli/**', '!src/**/*.node.ts'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    dts: false,
    target: 'node20',
    platform: 'neutral',
    clean: false,
  },
  {
    // ESM for Node (the "node" condition of package.json "exports"): one file
    // per entry point plus shared chunks, not 150 files, because Node's
    // loader spends most of a cold `import('cchc')` resolving and reading
    // files. Bundlers for the browser take the unbundled dist/esm above, which
    // tree-shakes to what an app imports (chunks would not).
    entry: entries,
    outDir: 'dist/node',
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    clean: false,
    splitting: true,
    // zod/mini and immer are resolved by the plugin (to their lazy loaders),
    // not left external.
    noExternal: ['immer', 'zod/mini'],
    esbuildPlugins: [lazyDependencies],
  },
  {
    // CommonJS, one bundled file per entry point (dist/index.cjs,
    // dist/calendar.cjs, …) sharing chunks, so that `require('cchc/plan')` and
    // `require('cchc')` hand out the same functions and the same CchcError
    // class; plus the type declarations for both formats (<entry>.d.ts for
    // import, <entry>.d.cts for require).
    entry: entries,
    format: ['cjs'],
    dts: { entry: entries },
    target: 'node20',
    platform: 'neutral',
    clean: false,
    splitting: true,
    treeshake: true,
  },
  {
    entry: entries,
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  {
    // The `cchc` command (package.json "bin"): Node-only, ESM, one file with the
    // library bundled in; zod, date-fns and immer stay runtime dependencies.
    // papaparse (CSV) is bundled in; exceljs (.xlsx, 2.5 MB with its own
    // dependencies) stays outside: an optional peer dependency that
    // `cchc criteria import` loads only for .xlsx, with a clear message when absent.
    // The shebang comes from src/cli/main.ts (tsup keeps it and marks the file executable).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    clean: false,
    splitting: false,
    treeshake: true,
    external: ['exceljs'],
    // zod, date-fns and immer load on first use here too (see lazyDependencies).
    noExternal: ['immer', 'zod/mini'],
    esbuildPlugins: [lazyDependencies],
    define: { __CCHC_VERSION__: JSON.stringify(version) },
  },
];

// `npm start` and the tests build only the command (CCHC_BUILD=cli, from
// scripts/build-cli.mjs): dist/cli.js, the same file as the full build's,
// without the library's ESM, CommonJS and declaration outputs.
export default defineConfig(process.env['CCHC_BUILD'] === 'cli' ? configs.slice(-1) : configs);
