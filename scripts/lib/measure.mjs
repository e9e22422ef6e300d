import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

/**
 * Total resident memory (bytes) of a process and all its descendants, from /proc.
 * @param {number} rootPid
 */
function treeRss(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, number>} */
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we read it
    }
  }
  let total = 0;
  const stack = [rootPid];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Often enough to catch a build's short peaks, rarely enough not to load the machine it measures. */
const SAMPLE_MS = 50;

/**
 * Runs a command; returns its wall time and the peak memory of its whole
 * process tree (sampled every `SAMPLE_MS`). Rejects if the command fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv}} options
 * @returns {Promise<{seconds: number, peakBytes: number}>}
 */
export function runMeasured(command, args, {cwd, env}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {cwd, env, stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    }, SAMPLE_MS);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code === 0) resolve({seconds, peakBytes: peak});
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr.slice(-4000)}`));
    });
  });
}
