// visa-check: Node wiring around runCli (argv, files, stdout, exit status).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { runCli, type CliIo } from './run';

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Synchronous calls: case files are small and local, and a promise through the thread pool per call
// costs more than the read itself (a folder of 10,000 files spent a third of its time there).
const io: CliIo = {
  readFile: async (path) => readFileSync(path),
  stat: async (path) => {
    try {
      const s = statSync(path);
      return { isDirectory: s.isDirectory(), size: s.size };
    } catch {
      return null;
    }
  },
  readDir: async (path) => readdirSync(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  today: localToday(),
};

// A reader that stops early (`| head`) is not an error of the check.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`visa-check: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
