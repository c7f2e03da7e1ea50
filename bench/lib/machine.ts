/** The machine and software the figures were measured on. */
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { z } from "zod";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  /** 1-minute load average when the bench started: the machine may be shared. */
  loadAverage: number;
  kernel: string;
  node: string;
  next: string;
  autocannon: string;
}

/** The first `model name` of /proc/cpuinfo. */
export function parseCpuModel(cpuinfo: string): string | null {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? null;
}

const packageJson = z.object({ version: z.string() });

async function installedVersion(name: string): Promise<string> {
  const raw: unknown = JSON.parse(await readFile(path.resolve("node_modules", name, "package.json"), "utf8"));
  return packageJson.parse(raw).version;
}

export async function describeMachine(): Promise<Machine> {
  const cpuinfo = await readFile("/proc/cpuinfo", "utf8").catch(() => "");
  return {
    cpus: os.cpus().length,
    cpuModel: parseCpuModel(cpuinfo) ?? os.cpus()[0]?.model ?? "inconnu",
    memoryBytes: os.totalmem(),
    loadAverage: os.loadavg()[0] ?? 0,
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    next: await installedVersion("next"),
    autocannon: await installedVersion("autocannon"),
  };
}
