/**
 * What a load test wants to know about a server process from inside it:
 * peak memory, CPU time and event-loop lag since the last reset. Answered over
 * the IPC channel of a parent process (the benchmark), never over the network.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

export interface ProcessMetrics {
  peakRssBytes: number;
  /** CPU time (user + system) divided by wall time since the reset: 1.0 is one core busy. */
  cpuCores: number;
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
}

export function reportMetricsToParent(): void {
  if (!process.send) return;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let peakRss = process.memoryUsage.rss();
  let cpuStart = process.cpuUsage();
  let wallStart = performance.now();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  sampler.unref();

  process.on("message", (message: { type?: string; reset?: boolean }) => {
    if (message?.type !== "metrics") return;
    const cpu = process.cpuUsage(cpuStart);
    const metrics: ProcessMetrics = {
      peakRssBytes: Math.max(peakRss, process.memoryUsage.rss()),
      cpuCores: (cpu.user + cpu.system) / 1000 / Math.max(1, performance.now() - wallStart),
      eventLoopLagP99Ms: lag.percentile(99) / 1e6,
      eventLoopLagMaxMs: lag.max / 1e6,
    };
    if (message.reset) {
      lag.reset();
      peakRss = process.memoryUsage.rss();
      cpuStart = process.cpuUsage();
      wallStart = performance.now();
    }
    process.send?.({ type: "metrics", metrics });
  });
}
