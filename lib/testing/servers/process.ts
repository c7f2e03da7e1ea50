/**
 * What the throwaway servers of the tests have in common: a program found
 * (or installed) by scripts/programs.cjs, a folder of its own under the OS
 * temp dir, a wait until its loopback port answers, and a kill that also
 * happens when the test process exits early.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { findProgram } from "../../../scripts/programs.cjs";

export function program(name: string): string {
  const found = findProgram(name);
  if (!found) throw new Error(`${name} introuvable : lancez « node scripts/programs.cjs » (il installe les paquets Debian manquants).`);
  return found;
}

export function scratchFolder(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `lesinfos-${name}-`));
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export function launch(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: "ignore" });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Kills a process and waits until it is gone. */
export async function kill(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await gone;
}

function isOpen(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A server left over by an interrupted run would answer in place of the new one. */
export async function ensurePortFree(port: number): Promise<void> {
  if (await isOpen(port)) throw new Error(`le port ${port} est déjà pris (un serveur d’un essai interrompu ?)`);
}

/** Resolves once something accepts connections on 127.0.0.1:`port`; fails after `timeoutMs` or when `child` exits. */
export async function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`le programme s’est arrêté (code ${child.exitCode}) avant d’écouter sur le port ${port}`);
    if (await isOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`rien n’écoute sur le port ${port} après ${timeoutMs} ms`);
}
