import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { DEVELOPMENT_SECRET } from "../../lib/secret";

/**
 * Several `next start` of one build, as behind nginx in production: each a
 * copy of the fixture build (built once by the `fixtures` web server of
 * playwright.config.ts), on its own copy of the fixture content, sharing its
 * cache in Redis (REDIS_URL). The server's output is kept for the test.
 */
export interface Instance {
  port: number;
  url: string;
  /** Its copy of the content folder. */
  content: string;
  output(): string;
  /** Kills it at once (SIGKILL): a crashed server. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const FIXTURE_BUILD = ".next-fixtures";

async function answers(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} : le serveur s’est arrêté (code ${child.exitCode})`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} ne répond pas après ${timeoutMs} ms`);
}

export async function startInstance(port: number, redisUrl: string): Promise<Instance> {
  const distDir = `.next-instance-${port}`;
  rmSync(distDir, { recursive: true, force: true });
  // Not the build's compiler cache (most of its size): a server only writes there.
  const compilerCache = path.join(FIXTURE_BUILD, "cache");
  cpSync(FIXTURE_BUILD, distDir, { recursive: true, filter: (source) => source !== compilerCache });
  const content = mkdtempSync(path.join(tmpdir(), `lesinfos-instance-${port}-`));
  cpSync(path.resolve("e2e/fixtures/site"), content, { recursive: true });

  let output = "";
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      CONTENT_DIR: content,
      NEXT_DIST_DIR: distDir,
      REDIS_URL: redisUrl,
      // What every server of a site shares (docs/exploitation.md), and a store of its own for this test.
      LESINFOS_SECRET: DEVELOPMENT_SECRET,
      LESINFOS_DATA_DIR: mkdtempSync(path.join(tmpdir(), `lesinfos-instance-${port}-donnees-`)),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await gone;
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await answers(`${url}/`, child, 120_000);
  } catch (error) {
    await kill();
    throw new Error(`${error instanceof Error ? error.message : error}\n${output}`);
  }
  return {
    port,
    url,
    content,
    output: () => output,
    kill,
    stop: async () => {
      await kill();
      rmSync(distDir, { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    },
  };
}
