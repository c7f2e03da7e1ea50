/**
 * The bench's tools that come from Debian (nginx, wrk): found on the PATH's
 * usual places or through an environment variable, installed with apt-get
 * when missing and the bench runs as root.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface DebianTool {
  /** Debian package name, also the binary's name. */
  name: string;
  /** Environment variable that may name the binary (NGINX_PATH, WRK_PATH). */
  env: string;
  candidates: readonly string[];
}

export function findTool(tool: DebianTool, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const fromEnv = env[tool.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return tool.candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** The tool's path; as root, installs its Debian package first when it is missing. */
export function ensureTool(tool: DebianTool, report: (line: string) => void): string {
  const found = findTool(tool);
  if (found) return found;
  if (isRoot() && existsSync("/usr/bin/apt-get")) {
    report(`${tool.name} introuvable : installation du paquet Debian « ${tool.name} »…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", tool.name], { stdio: "inherit", env });
    const installed = findTool(tool);
    if (installed) return installed;
  }
  throw new Error(
    `${tool.name} introuvable : installez-le (sudo apt-get install -y ${tool.name}) ou indiquez son chemin dans ${tool.env}.`,
  );
}
