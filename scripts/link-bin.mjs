// npm links the bins of dependencies into node_modules/.bin, never the project's own. The evaluation
// contract calls node_modules/.bin/lede, so `npm install` (which runs `prepare`) links it here.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
mkdirSync(bin, { recursive: true });
rmSync(join(bin, 'lede'), { force: true });
symlinkSync('../../bin/lede.mjs', join(bin, 'lede'));
