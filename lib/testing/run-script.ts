import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

/** Runs `scripts/<script>` as `npm run` would, on the content folder `root`: its exit code and output. */
export async function runScript(script: string, root: string, args: string[] = [], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(tsx, [`scripts/${script}`, ...args], { env: { ...process.env, CONTENT_DIR: root, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
