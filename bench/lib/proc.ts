/**
 * Linux /proc readings: which process listens on a port, and how much
 * resident memory it holds. `next start` may hand the socket to a child
 * process, so the server's memory is read from the process that listens.
 */
import { readdir, readFile, readlink } from "node:fs/promises";

/** `VmRSS:   123456 kB` of /proc/<pid>/status, in bytes; null when absent (zombie, kernel thread). */
export function parseVmRss(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : null;
}

/** The parent pid in /proc/<pid>/stat (its fourth field, after the parenthesised name). */
export function parseParentPid(stat: string): number | null {
  const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(afterName[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** Socket inodes listening on a TCP port, from the text of /proc/net/tcp or /proc/net/tcp6. */
export function listeningInodes(table: string, port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes: string[] = [];
  for (const line of table.split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [, local, , state] = fields;
    const inode = fields[9];
    // State 0A is LISTEN.
    if (local?.endsWith(`:${hexPort}`) && state === "0A" && inode && inode !== "0") inodes.push(inode);
  }
  return inodes;
}

/** The process and all its descendants, parents first. */
export async function processTree(root: number): Promise<number[]> {
  const children = new Map<number, number[]>();
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, "utf8").catch(() => null);
    const ppid = stat ? parseParentPid(stat) : null;
    if (ppid === null) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

/** Among a process tree, the process holding the socket that listens on `port`, or null. */
export async function findListeningPid(root: number, port: number): Promise<number | null> {
  const tables = await Promise.all(["/proc/net/tcp", "/proc/net/tcp6"].map((file) => readFile(file, "utf8").catch(() => "")));
  const wanted = new Set(tables.flatMap((table) => listeningInodes(table, port)).map((inode) => `socket:[${inode}]`));
  if (wanted.size === 0) return null;
  for (const pid of await processTree(root)) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      if (wanted.has(target)) return pid;
    }
  }
  return null;
}

/** Resident memory of a process in bytes, or null once it is gone. */
export async function residentMemory(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
  return status ? parseVmRss(status) : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
