// Builds the visitor runtime as the jar ships it: each ES module of src/main/js minified on its
// own by esbuild (comments and white space out, local names shortened; file names, imports and
// exports unchanged), written under the given folder. Maven runs it in process-resources
// (runtime/pom.xml); ADR 0015 says why. Usage: node src/build/minify.mjs SOURCE_DIR OUT_DIR
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [source, out] = process.argv.slice(2).map((p) => path.resolve(p));
if (!source || !out || !existsSync(source)) {
  console.error('minify: usage: node src/build/minify.mjs SOURCE_DIR OUT_DIR');
  process.exit(2);
}

// esbuild comes from runtime/package-lock.json; a fresh checkout gets it here (no browser download).
const lock = path.join(moduleRoot, 'package-lock.json');
const installed = path.join(moduleRoot, 'node_modules/.package-lock.json');
if (!existsSync(path.join(moduleRoot, 'node_modules/esbuild')) || !existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: moduleRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (npm.status !== 0) {
    console.error(`minify: "npm ci" failed in ${path.relative(process.cwd(), moduleRoot) || '.'}; the runtime needs esbuild to build`);
    process.exit(2);
  }
}
const { transformSync } = await import('esbuild');

const modules = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? modules(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []);

let failed = false;
for (const file of modules(source)) {
  const name = path.relative(source, file);
  try {
    const { code, warnings } = transformSync(readFileSync(file, 'utf8'), {
      loader: 'js', format: 'esm', target: 'es2020', minify: true, legalComments: 'none', charset: 'utf8', sourcefile: name,
    });
    for (const w of warnings) console.error(`minify: ${name}: ${w.text}`);
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), code);
  } catch (err) {
    console.error(`minify: ${name}: ${err.message.split('\n')[0]}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
