/**
 * @module bench/child
 * What every benchmark target process shares: it samples its own RSS, reports `ready` with the
 * URL and credentials to the parent over IPC, answers `rss` with the peak, and exits on `stop`.
 */
export interface ReadyMessage {
  readonly type: 'ready';
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Event-loop delay during the measured run: stalls (GC, synchronous work) show up here. */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

/** Steady-state CPU profile (started after warm-up), written where `--cpu-prof` would put it. */
const profiler = {
  session: undefined as Session | undefined,
  async start() {
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.start');
  },
  async stop(): Promise<string> {
    const { profile } = await this.session!.post('Profiler.stop');
    const file = `/tmp/gk-prof-${process.pid}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    this.session!.disconnect();
    return file;
  },
};

/** CPU time of this process since the measured run began (user + system), for CPU per request. */
let cpuAtReset = process.cpuUsage();

let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);
sampler.unref();

/**
 * CPU time of the main (JavaScript) thread alone, from Linux's per-thread scheduler statistics;
 * undefined elsewhere. Process CPU also counts the libuv threads that run WebCrypto signing.
 */
function mainThreadCpuMicros(): number | undefined {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
  } catch {
    return undefined;
  }
}
let mainCpuAtReset = mainThreadCpuMicros();

function cpuMicrosSinceReset(): number {
  const { user, system } = process.cpuUsage(cpuAtReset);
  return user + system;
}

/**
 * The statistics of a target that serves from another process (the CLI started by this one):
 * CPU and peak RSS read from Linux's /proc for that process; its event loop cannot be sampled
 * from here.
 */
export interface ServingProcess {
  /** User + system CPU time so far, µs. */
  cpuMicros(): number;
  mainThreadCpuMicros(): number | undefined;
  peakRss(): number;
}

export function reportReady(message: Omit<ReadyMessage, 'type'>, onStop: () => Promise<void> | void = () => undefined, serving?: ServingProcess): void {
  let servingCpuAtReset = serving?.cpuMicros() ?? 0;
  let servingMainAtReset = serving?.mainThreadCpuMicros();
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'rss' && serving) {
      const main = serving.mainThreadCpuMicros();
      process.send!({ type: 'rss', peakRss: serving.peakRss(), loopDelayMaxMs: NaN, loopDelayP99Ms: NaN, cpuMicros: serving.cpuMicros() - servingCpuAtReset, mainThreadCpuMicros: main === undefined || servingMainAtReset === undefined ? undefined : main - servingMainAtReset });
    } else if (m.type === 'rss') {
      process.send!({ type: 'rss', peakRss: Math.max(peakRss, process.memoryUsage.rss()), loopDelayMaxMs: loopDelay.max / 1e6, loopDelayP99Ms: loopDelay.percentile(99) / 1e6, cpuMicros: cpuMicrosSinceReset(), mainThreadCpuMicros: mainCpuAtReset === undefined ? undefined : mainThreadCpuMicros()! - mainCpuAtReset });
    }
    if (m.type === 'reset-loop') {
      loopDelay.reset();
      cpuAtReset = process.cpuUsage();
      mainCpuAtReset = mainThreadCpuMicros();
      servingCpuAtReset = serving?.cpuMicros() ?? 0;
      servingMainAtReset = serving?.mainThreadCpuMicros();
    }
    if (m.type === 'profile-start') await profiler.start();
    if (m.type === 'profile-stop') process.send!({ type: 'profile', file: await profiler.stop() });
    if (m.type === 'stop') {
      await onStop();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', ...message });
}
