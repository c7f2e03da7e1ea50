/**
 * Which process listens on a port (`ss`), a process tree (`ps`), and
 * resident memory (/proc): `next start` hands its socket to a child
 * process, so the server's memory is read from the process that listens.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";

const run = async (command: string, args: string[]) => (await promisify(execFile)(command, args, { encoding: "utf8" })).stdout;

/** The process and all its descendants, parents first. */
export async function processTree(root: number): Promise<number[]> {
  const rows = (await run("ps", ["-e", "-o", "pid=,ppid="])).trim().split("\n");
  const pairs = rows.map((row) => row.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...pairs.filter(([, ppid]) => ppid === tree[i]).map(([pid]) => pid));
  return tree;
}

/** Among the process tree of `root`, the process holding the socket that listens on `port`, or null. */
export async function findListeningPid(root: number, port: number): Promise<number | null> {
  const listening = [...(await run("ss", ["-Hltnp", `sport = :${port}`])).matchAll(/pid=(\d+)/g)].map((match) => Number(match[1]));
  const tree = await processTree(root);
  return listening.find((pid) => tree.includes(pid)) ?? null;
}

/** Resident memory of a process in bytes (VmRSS), or null once it is gone. */
export async function residentMemory(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kib ? Number(kib) * 1024 : null;
}
