/**
 * The simulation side: `session-lab run --trace --now EPOCH FILE.c`, the CLI
 * contract of shared/spec/snippet-c.md (exit 0 normal end, 1 memory-safety
 * violation, 2 compile error, 3 run-time limit).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { normalizeSimOutput } from './transcript';

export const SIM_TIMEOUT_MS = 600_000;

export interface SimResult {
	transcript: string[];
	exitCode: number | null;
	stderr: string;
	seconds: number;
	/** set when the run did not end the way the contract allows (exit 0 or 1) */
	problem?: string;
}

const EXIT_MEANING: Record<number, string> = { 2: 'compile error', 3: 'run-time limit (step budget) hit' };

export function runSim(root: string, file: string, now: number, timeoutMs = SIM_TIMEOUT_MS): Promise<SimResult> {
	const bin = join(root, 'bin', 'session-lab.js');
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(process.execPath, [bin, 'run', '--trace', '--now', String(now), file], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		child.stdout.on('data', (b: Buffer) => out.push(b));
		child.stderr.on('data', (b: Buffer) => err.push(b));
		const finish = (exitCode: number | null, spawnError?: Error) => {
			clearTimeout(timer);
			const stderr = Buffer.concat(err).toString('utf8') + (spawnError ? spawnError.message : '');
			let problem: string | undefined;
			if (spawnError) problem = `could not start the simulator: ${spawnError.message}`;
			else if (timedOut) problem = `no result after ${timeoutMs / 1000} s`;
			else if (exitCode !== 0 && exitCode !== 1)
				problem = `exit status ${exitCode}${exitCode !== null && EXIT_MEANING[exitCode] ? ` (${EXIT_MEANING[exitCode]})` : ''}`;
			const transcript = normalizeSimOutput(Buffer.concat(out).toString('utf8'));
			// exit 1 means "memory-safety violation", which --trace always reports last
			if (!problem && exitCode === 1 && !/^# error at line /.test(transcript[transcript.length - 1] ?? ''))
				problem = 'exit status 1 without a "# error" line (the simulator crashed?)';
			resolve({
				transcript,
				exitCode,
				stderr,
				seconds: (performance.now() - started) / 1000,
				problem
			});
		};
		child.on('error', (e) => finish(null, e));
		child.on('close', (code) => finish(code));
	});
}
