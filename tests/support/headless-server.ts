/** Runs server/headless.ts as a process of its own (for kill -9 tests and the benchmark). */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { TEST_PARTICIPANT_SECRET } from "./participant-socket";

const entry = path.resolve(import.meta.dirname, "../../server/headless.ts");

export interface HeadlessServer {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no chance to flush or close anything. */
  kill(): Promise<void>;
}

export function startHeadlessServer(databaseUrl: string, env: Record<string, string> = {}): Promise<HeadlessServer> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, DATABASE_URL: databaseUrl,
      ...env, NODE_ENV: "production", PARTICIPANT_SECRET: TEST_PARTICIPANT_SECRET },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`headless server exited early (${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const port = /READY (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child, kill });
    });
  });
}
