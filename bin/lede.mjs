#!/usr/bin/env node
// The command-line tool runs the TypeScript sources directly (through tsx), so it always measures the
// code as it is in the work tree, with no build step between an edit and an evaluation.
import { register } from 'tsx/esm/api';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';

register();
const root = join(dirname(realpathSync(fileURLToPath(import.meta.url))), '..');
const { main } = await import(join(root, 'src/cli/lede.ts'));
process.exitCode = main(process.argv.slice(2));
