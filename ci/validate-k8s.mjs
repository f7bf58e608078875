// Validates Kubernetes manifests against the API's own schemas (the kubernetes-models package from npm,
// whose models carry the OpenAPI schemas of Kubernetes' resources), offline.
// Usage: node ci/validate-k8s.mjs <manifest.yaml>...   Exit 1 when any problem is found, 64 on bad usage.
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('ERROR usage: node ci/validate-k8s.mjs <manifest.yaml>...');
  process.exit(64);
}
let problems = 0;
let resources = 0;
const runIds = new Map();
const problem = (where, message) => {
  console.log(`${where}: ${message}`);
  problems++;
};
for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (doc.errors.length > 0) {
      doc.errors.forEach((e) => problem(file, `YAML: ${e.message}`));
      continue;
    }
    const object = doc.toJS();
    if (object === null || object === undefined) continue;
    const where = `${file} (${object.kind ?? '?'} ${object.metadata?.name ?? '?'})`;
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') {
      problem(where, 'no apiVersion and kind');
      continue;
    }
    let Model;
    try {
      const module = await import(`kubernetes-models/${object.apiVersion}`);
      Model = module[object.kind];
    } catch {
      Model = undefined;
    }
    if (typeof Model !== 'function') {
      problem(where, `${object.apiVersion} ${object.kind} is not a Kubernetes resource this validator knows`);
      continue;
    }
    resources++;
    try {
      new Model(object).validate();
    } catch (e) {
      problem(where, (e.message ?? String(e)).replace(/\s+/g, ' '));
    }
    // The suite's own rules for a run's manifests: every shard at once, SHARD_COUNT as many as there
    // are shards, and one RUN_ID across the run's pods.
    const containers = [...(object.spec?.template?.spec?.initContainers ?? []), ...(object.spec?.template?.spec?.containers ?? [])];
    const env = (name) => containers.flatMap((c) => c.env ?? []).filter((e) => e.name === name).map((e) => e.value);
    if (object.kind === 'Job' && object.spec?.completionMode === 'Indexed') {
      if (object.spec.completions !== object.spec.parallelism) {
        problem(where, `an Indexed Job of shards runs them all at once: completions ${object.spec.completions}, parallelism ${object.spec.parallelism}`);
      }
      for (const count of env('SHARD_COUNT')) {
        if (String(count) !== String(object.spec.completions)) {
          problem(where, `SHARD_COUNT ${count} is not its completions ${object.spec.completions}`);
        }
      }
    }
    env('RUN_ID').forEach((id) => runIds.set(id, where));
  }
}
if (runIds.size > 1) {
  problem('RUN_ID', `the run's pods carry ${runIds.size} run ids (${[...runIds.keys()].join(', ')}); its shards and merge need one`);
}
console.log(`kubernetes-models: ${files.length} manifest file(s), ${resources} resource(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
