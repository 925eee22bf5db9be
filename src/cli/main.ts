/**
 * `session-lab` command line. `run [--trace] [--now EPOCH] [--max-steps N] [--max-ms N] FILE.c` per
 * shared/spec/snippet-c.md: stdout = program output (with trace lines), stderr = diagnostics and
 * memory reports; exit 0 normal, 1 memory-safety violation, 2 compile error, 3 run-time limit.
 * `conformance [...]` hands over to conformance/run.ts (owned by the conformance suite).
 */
import { readFileSync, realpathSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';
import { runProgram } from '../lib/snippet/runner';

const USAGE = `usage: session-lab run [--trace] [--now EPOCH] [--max-steps N] [--max-ms N] FILE.c
       session-lab conformance [--real] [...]   (see conformance/run.ts)`;

/** Write all of a byte string to a file descriptor synchronously (no lost output on exit). */
function writeAll(fd: number, bytes: string): void {
	const buf = Buffer.from(bytes, 'latin1');
	let off = 0;
	while (off < buf.length) {
		try {
			off += writeSync(fd, buf, off);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
		}
	}
}

export function runCommand(argv: string[]): number {
	let trace = false;
	let now: number | undefined;
	let file: string | undefined;
	let maxSteps: number | undefined;
	let maxMillis: number | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const num = (name: string) => {
			const v = Number(argv[++i]);
			if (!Number.isFinite(v)) throw new UsageError(`${name} needs a number`);
			return v;
		};
		if (a === '--trace') trace = true;
		else if (a === '--now') now = num('--now');
		else if (a === '--max-steps') maxSteps = num('--max-steps');
		else if (a === '--max-ms') maxMillis = num('--max-ms');
		else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
		else if (file === undefined) file = a;
		else throw new UsageError('only one FILE.c');
	}
	if (!file) throw new UsageError('missing FILE.c');
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (e) {
		process.stderr.write(`session-lab: cannot read ${file}: ${(e as Error).message}\n`);
		return 2;
	}
	const { summary, stdoutBytes } = runProgram(source, { now, trace, fileName: file, maxSteps, maxMillis });
	writeAll(1, stdoutBytes);
	if (summary.stderr) writeAll(2, Buffer.from(summary.stderr, 'utf8').toString('latin1'));
	return summary.status;
}

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
	const [cmd, ...rest] = argv;
	try {
		if (cmd === 'run') return runCommand(rest);
		if (cmd === 'conformance') {
			// bin/session-lab.js is argv[1]; the project root is its parent's parent.
			const root = join(dirname(realpathSync(process.argv[1])), '..');
			process.argv = [process.argv[0], join(root, 'conformance', 'run.ts'), ...rest];
			await import(pathToFileURL(join(root, 'conformance', 'run.ts')).href);
			return new Promise<number>(() => {}); // conformance/run.ts exits by itself
		}
		throw new UsageError(cmd ? `unknown command ${cmd}` : 'missing command');
	} catch (e) {
		if (e instanceof UsageError) {
			process.stderr.write(`session-lab: ${e.message}\n${USAGE}\n`);
			return 64;
		}
		throw e;
	}
}
