// Load: LocalGateway (with its own dynalite) on 127.0.0.1, driven over HTTP by autocannon (pinned in the root
// package.json) at a fixed request count per scenario. Prints a table and writes Benchmarks/results/load-<label>.md.
// Usage: node Benchmarks/Load/load.mjs [--label NAME] [--requests N] [--connections N]
// Started by Benchmarks/run-load.sh, which builds the gateway first.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
};
const label = option('--label', 'latest');
const amount = Number(option('--requests', '5000'));
const connections = Number(option('--connections', '10'));
// Every function runs in execution environments, one per concurrent invocation: at least one per connection, or
// the gateway throttles (429) what the cap leaves over.
const maxEnvironments = Math.max(connections, 10);
const warmupAmount = 200;
// --gateway DLL drives another build of the gateway (e.g. an earlier tree's, for a comparison in the same session);
// it gets only --port 0 (earlier gateways ran the functions in process and had no --max-environments).
const otherGateway = option('--gateway', null);
// --mode aot|managed|executable: how the gateway runs the functions (aot needs `bash scripts/publish-aot.sh` first).
const mode = option('--mode', null);
const gatewayDll = otherGateway ?? join(root, 'LocalGateway', 'bin', 'Release', 'net10.0', 'EventFunctions.LocalGateway.dll');
const runId = Date.now().toString(36);
const seededCount = 50;
const statuses = ['scheduled', 'active', 'cancelled', 'completed'];

/** Starts the gateway on a free port; resolves with its base URL once its banner says where it listens. */
async function startGateway() {
  const gatewayArgs = otherGateway ? [] : ['--max-environments', String(maxEnvironments), ...(mode ? ['--mode', mode] : [])];
  const child = spawn('dotnet', [gatewayDll, '--port', '0', ...gatewayArgs], {
    cwd: root,
    env: { ...process.env, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`LocalGateway did not start within 90 s. ${stderr}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`LocalGateway exited (${code}). ${stderr}`)));
    lines.on('line', (line) => {
      const match = /API base:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  lines.on('line', () => {}); // keep draining the per-invocation log lines
  return { child, url };
}

/** SIGTERM to the gateway we started (it stops its own dynalite), SIGKILL if it lingers. */
async function stopGateway(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timeout);
}

function eventBody(eventId, i) {
  return JSON.stringify({
    eventId,
    title: `Load test event ${i}`,
    description: 'Created by the load benchmark',
    date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    location: 'San Francisco, CA',
    capacity: 100 + i,
    organizer: 'Benchmarks',
    status: statuses[i % statuses.length],
  });
}

async function seed(url) {
  const ids = [];
  for (let i = 0; i < seededCount; i++) {
    const id = `load-seed-${runId}-${i}`;
    const response = await fetch(`${url}/events`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: eventBody(id, i),
    });
    if (response.status !== 201) throw new Error(`Seeding ${id}: ${response.status} ${await response.text()}`);
    ids.push(id);
  }
  return ids;
}

/**
 * One autocannon run of a fixed request count. Throughput is responses over the time from start to the last
 * response, measured here: autocannon's own duration ends on its one-second sampling tick.
 */
function run(url, scenario, count) {
  const started = performance.now();
  let last = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, amount: count, connections, timeout: 10, requests: [scenario.request] }, (error, result) => {
      if (error) reject(error); else resolve({ ...result, seconds: (last - started) / 1000 });
    });
    instance.on('response', () => { last = performance.now(); });
  });
}

const ms = (value) => value.toFixed(1);

const { child, url } = await startGateway();
try {
  const ids = await seed(url);
  let next = 0;
  const pick = () => ids[next++ % ids.length];
  const scenarios = [
    { name: 'GET /events/{id}', request: { method: 'GET', setupRequest: (r) => ({ ...r, path: `/events/${pick()}` }) } },
    { name: 'GET /events?status=scheduled&limit=20', request: { method: 'GET', path: '/events?status=scheduled&limit=20' } },
    {
      name: 'POST /events (unique ids)',
      request: {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (r) => ({ ...r, path: '/events', body: eventBody(`load-${runId}-${next}`, next++) }),
      },
    },
    {
      name: 'PUT /events/{id}',
      request: {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        setupRequest: (r) => ({ ...r, path: `/events/${pick()}`, body: JSON.stringify({ capacity: 200 + (next % 500) }) }),
      },
    },
  ];

  const rows = [];
  for (const scenario of scenarios) {
    process.stderr.write(`==> ${scenario.name}\n`);
    const warmup = await run(url, scenario, warmupAmount);
    const result = await run(url, scenario, amount);
    const warmupErrors = warmup.errors + warmup.timeouts + warmup.non2xx;
    const errors = result.errors + result.timeouts + result.non2xx + warmupErrors;
    rows.push(`| ${scenario.name} | ${result.requests.total} | ${(result.requests.total / result.seconds).toFixed(0)} `
      + `| ${ms(result.latency.p50)} | ${ms(result.latency.p99)} | ${ms(result.latency.max)} | ${errors} |`);
  }

  const report = [
    `# Load (${label})`,
    '',
    `${amount} requests per scenario over ${connections} connections, autocannon 9.0.0 against LocalGateway + dynalite on 127.0.0.1,`,
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, Node ${process.version}.`,
    otherGateway
      ? `Gateway: another build, \`${basename(resolve(otherGateway, '../../../../..'))}\` (given by --gateway).`
      : `Every function runs in execution environments (child processes behind the Runtime API, ${mode ?? 'executable'} mode), up to ${maxEnvironments} per function.`,
    `Each scenario first runs ${warmupAmount} unmeasured warm-up requests (JIT, connection pools); their errors still count.`,
    'Errors = socket errors + timeouts + non-2xx responses (must be 0). Latency in ms.',
    '',
    '| scenario | requests | requests/s | p50 | p99 | max | errors |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
  process.stdout.write(report);
  const file = join(root, 'Benchmarks', 'results', `load-${label}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, report);
  process.stdout.write(`Written to ${relative(root, file)}\n`);
} finally {
  await stopGateway(child);
}
