// One target, for profiling: node --conditions=source --import tsx bench/quick.ts <target> [seconds] [profile]
// With "profile", a CPU profile of the measured (post-warm-up) run is written and its path printed.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { measure } from './load.js';

const target = process.argv[2] ?? 'grantkit';
const seconds = Number(process.argv[3] ?? 5);
const profile = process.argv[4] === 'profile';
const child = fork(fileURLToPath(new URL(`./targets/${target}.ts`, import.meta.url)), [], { execArgv: ['--conditions=source', '--import', 'tsx', ...(process.env.EXTRA_NODE_ARGS?.split(' ').filter(Boolean) ?? [])], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
child.stdout!.resume(); // the access log, drained like bench/index.ts does
const ready = await new Promise<{ url: string; clientId: string; clientSecret: string }>((resolve) => child.on('message', (m: any) => m.type === 'ready' && resolve(m)));
const options = { ...ready, connections: 50, warmupSeconds: 0.1, seconds: 2 };
await measure(options);
if (profile) child.send({ type: 'profile-start' });
const result = await measure({ ...options, seconds, afterWarmup: () => child.send({ type: 'reset-loop' }) });
console.log(target, result);
child.send({ type: 'rss' });
const stats = await new Promise<any>((resolve) => child.on('message', (m: any) => m.type === 'rss' && resolve(m)));
// CPU per request does not depend on how much CPU other processes left us, unlike req/s.
console.log({ ...stats, cpuMicrosPerRequest: Math.round(stats.cpuMicros / result.total), mainThreadCpuMicrosPerRequest: stats.mainThreadCpuMicros === undefined ? undefined : Math.round((stats.mainThreadCpuMicros / result.total) * 10) / 10 });
if (profile) {
  child.send({ type: 'profile-stop' });
  console.log(await new Promise((resolve) => child.on('message', (m: any) => m.type === 'profile' && resolve(m.file))));
}
child.send({ type: 'stop' });
