// Builds the visitor runtime as the jar ships it, under the given folder (ADR 0015): each ES module
// of src/main/js minified on its own by esbuild (comments and white space out, local names
// shortened; file names, imports and exports unchanged), and the entry, curbcut.js, bundled with
// everything it imports statically, so that the core is one request. Maven runs it in
// process-resources (runtime/pom.xml). Usage: node src/build/minify.mjs SOURCE_DIR OUT_DIR
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
const esbuild = await import('esbuild');

const modules = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? modules(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []);

// The entry's bundle holds every module it imports statically; what it imports with import()
// stays a file of its own. A module copied into the bundle and also imported by a lazily loaded
// one runs twice, so its state must live in page-state.js, which both copies share.
const ENTRY = 'curbcut.js';
// Top-level state that a second copy of a module would not share: let/var, collections, and
// objects or arrays not named as constants (UPPER_CASE).
const STATE = /^(?:let|var)\s|^const\s+\w+\s*=\s*new\s+(?:Map|Set|WeakMap|WeakSet)\b|^const\s+[a-z]\w*\s*=\s*[[{]/m;
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

let failed = false;
const fail = (message) => { console.error(`minify: ${message}`); failed = true; };
const all = modules(source).map((file) => path.relative(source, file).split(path.sep).join('/'));
const texts = new Map(all.map((name) => [name, readFileSync(path.join(source, name), 'utf8')]));

for (const name of all.filter((n) => n !== ENTRY)) { // the entry is bundled below
  try {
    const { code, warnings } = esbuild.transformSync(texts.get(name), {
      loader: 'js', format: 'esm', target: 'es2020', minify: true, legalComments: 'none', charset: 'utf8', sourcefile: name,
    });
    for (const w of warnings) console.error(`minify: ${name}: ${w.text}`);
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), code);
  } catch (err) {
    fail(`${name}: ${err.message.split('\n')[0]}`);
  }
}

const keepAsFiles = {
  name: 'keep-lazy-modules-as-files',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};
try {
  const result = await esbuild.build({
    entryPoints: [path.join(source, ENTRY)], bundle: true, write: false, metafile: true, plugins: [keepAsFiles],
    format: 'esm', target: 'es2020', minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'silent',
  });
  writeFileSync(path.join(out, ENTRY), result.outputFiles[0].text);
  // A module copied into the bundle that another module also imports runs twice: it must be stateless.
  const bundled = Object.keys(result.metafile.inputs).map((f) => path.relative(source, path.resolve(f)).split(path.sep).join('/'));
  for (const name of all.filter((n) => !bundled.includes(n))) {
    for (const m of texts.get(name).matchAll(STATIC_IMPORT)) {
      const dep = path.posix.normalize(path.posix.join(path.posix.dirname(name), m[1]));
      if (dep !== ENTRY && bundled.includes(dep) && STATE.test(texts.get(dep))) {
        fail(`${dep} is bundled into ${ENTRY} and also imported by ${name}, and it holds state outside page-state.js`);
      }
    }
  }
} catch (err) {
  fail(`${ENTRY}: ${(err.errors?.[0]?.text) || err.message.split('\n')[0]}`);
}
process.exit(failed ? 1 : 0);
