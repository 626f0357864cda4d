import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'neutral',
    // Both builds write to dist/ at once: the library's clean must not delete the CLI.
    clean: ['!cli.js'],
    splitting: false,
    treeshake: true,
  },
  {
    // The `cchc` command (package.json "bin"): Node-only, ESM, one file with the
    // library bundled in; zod, date-fns and immer stay runtime dependencies.
    // The shebang comes from src/cli/main.ts (tsup keeps it and marks the file executable).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    clean: false,
    splitting: false,
    treeshake: true,
    define: { __CCHC_VERSION__: JSON.stringify(version) },
  },
]);
