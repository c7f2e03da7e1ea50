/**
 * A throwaway redis-server for tests: loopback only, its own folder, no
 * persistence (`--save ""`, no append-only file), killed at the end. It can
 * be killed and started again on the same port (failover tests).
 */
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

import { ensurePortFree, kill, launch, program, scratchFolder, waitForPort } from "./process";

export interface RedisServer {
  url: string;
  port: number;
  /** Kills it at once (SIGKILL): what a crash looks like to its clients. */
  kill(): Promise<void>;
  /** Stops it without closing its connections (SIGSTOP), as a hung server; `thaw` resumes it. */
  freeze(): void;
  thaw(): void;
  /** Starts it again, empty, on the same port. */
  restart(): Promise<void>;
  /** Kills it and removes its folder. */
  stop(): Promise<void>;
}

export async function startRedis(port: number): Promise<RedisServer> {
  const folder = scratchFolder("redis");
  const command = program("redis-server");
  const settings = {
    port: String(port),
    bind: "127.0.0.1",
    dir: folder,
    save: "",
    appendonly: "no",
    logfile: "redis.log",
    daemonize: "no",
  };
  let child: ChildProcess;
  const start = async () => {
    await ensurePortFree(port);
    child = launch(
      command,
      Object.entries(settings).flatMap(([name, value]) => [`--${name}`, value]),
    );
    await waitForPort(port, child);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => kill(child),
    freeze: () => void child.kill("SIGSTOP"),
    thaw: () => void child.kill("SIGCONT"),
    restart: start,
    stop: async () => {
      await kill(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
