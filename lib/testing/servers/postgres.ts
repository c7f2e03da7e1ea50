/**
 * A throwaway PostgreSQL cluster for tests and benches: `initdb` in its own
 * folder under the OS temp dir, `pg_ctl` on a loopback port, trust
 * authentication for one user, no fsync. As root (PostgreSQL refuses to run
 * as root), both run as Debian's unprivileged `postgres` user, owner of the
 * folder. Never a system cluster, never a fixed system path.
 */
import { execFile } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";

import { findProgram } from "../../../scripts/programs.cjs";

const run = promisify(execFile);

export interface PostgresServer {
  /** `postgres://lesinfos@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  /** A new empty database on this cluster, and its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = "lesinfos";

function program(name: string): string {
  const found = findProgram(name);
  if (!found) throw new Error(`${name} introuvable : lancez \`node scripts/programs.cjs\` (paquet Debian postgresql)`);
  return found;
}

/** Runs a PostgreSQL program, as `postgres` when we are root. */
async function runAsOwner(file: string, args: string[]): Promise<string> {
  const isRoot = process.getuid?.() === 0;
  const [command, commandArgs] = isRoot ? [program("runuser"), ["-u", "postgres", "--", file, ...args]] : [file, args];
  try {
    const { stdout } = await run(command, commandArgs, { timeout: 60_000 });
    return stdout;
  } catch (error) {
    const failed = error as { stderr?: string; message: string };
    throw new Error(`${path.basename(file)} : ${failed.stderr?.trim() || failed.message}`);
  }
}

async function ownerIds(): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Starts a cluster on the first port of `ports` that it can bind (another
 * test file may hold the previous one). Stop it in an `afterAll`.
 */
export async function startPostgres(ports: readonly number[]): Promise<PostgresServer> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "lesinfos-postgres-"));
  const data = path.join(folder, "data");
  const pgCtl = program("pg_ctl");
  if (process.getuid?.() === 0) {
    const { uid, gid } = await ownerIds();
    await chown(folder, uid, gid);
  }
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    await runAsOwner(program("initdb"), ["-D", data, "-U", USER, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"]);
  } catch (error) {
    await remove();
    throw error;
  }
  for (const port of ports) {
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    try {
      await runAsOwner(pgCtl, ["-D", data, "-o", options, "-l", path.join(folder, "log"), "-w", "-t", "60", "start"]);
    } catch {
      continue; // port taken: the next one
    }
    const url = `postgres://${USER}@127.0.0.1:${port}/postgres`;
    return {
      url,
      port,
      async createDatabase(name) {
        const client = new pg.Client(url);
        await client.connect();
        try {
          await client.query(`CREATE DATABASE "${name}"`);
        } finally {
          await client.end();
        }
        return `postgres://${USER}@127.0.0.1:${port}/${name}`;
      },
      async stop() {
        await runAsOwner(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]).catch((error: unknown) => console.error(error));
        await remove();
      },
    };
  }
  await remove();
  throw new Error(`PostgreSQL n’a pu écouter sur aucun des ports ${ports.join(", ")}`);
}

/** Ports for test clusters: PG_TEST_PORT (5500 by default) and the 19 after it. */
export function testPorts(): number[] {
  const first = Number(process.env.PG_TEST_PORT) || 5500;
  return Array.from({ length: 20 }, (_, index) => first + index);
}
