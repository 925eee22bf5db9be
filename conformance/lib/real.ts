/**
 * The real-OpenSSL oracle: compile a snippet with the prelude force-included
 * (gcc -g -O0, so call arguments are evaluated the way the interpreter mirrors
 * and every frame has a line), run it under valgrind that stops at the first
 * memory error, and normalize the output into a transcript.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeRealOutput, SNIPPET_FILE, swallowedProgramLines } from './transcript';

export const PRELUDE_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'oracle', 'prelude.h');

/** Real OpenSSL gets this long per case (CONFORMANCE_REAL_TIMEOUT seconds overrides it). A flush
 * that walks a freed cache entry never ends in real OpenSSL; the cases must avoid that, this is the
 * safety net. The slowest case (autoflush-client, 512 handshakes under valgrind) needs ~25 s on an idle
 * core but went past 120 s on a machine with load average 22, hence the margin. */
export const REAL_TIMEOUT_MS = (Number(process.env.CONFORMANCE_REAL_TIMEOUT) || 300) * 1000;

export interface RealResult {
	transcript: string[];
	/** wall time of the valgrind run (not the compile), seconds */
	seconds: number;
	/** how the run ended, when not normally */
	problem?: string;
}

export interface Toolchain {
	/** e.g. "OpenSSL 3.0.19 27 Jan 2026", from the library the cases link against */
	libssl: string;
	gcc: string;
	valgrind: string;
}

function firstLine(cmd: string, args: string[]): string {
	const r = spawnSync(cmd, args, { encoding: 'utf8' });
	if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
	return r.stdout.trim().split('\n')[0];
}

/** Versions of what the oracle runs on; part of the cache key. The libssl version is
 * asked of the library itself (a package database may not exist). */
export function detectToolchain(): Toolchain {
	const dir = mkdtempSync(join(tmpdir(), 'lab-ver-'));
	try {
		const src = join(dir, 'v.c');
		writeFileSync(
			src,
			'#include <openssl/crypto.h>\n#include <stdio.h>\nint main(void){puts(OpenSSL_version(OPENSSL_VERSION));return 0;}\n'
		);
		const cc = spawnSync('gcc', ['-o', join(dir, 'v'), src, '-lcrypto'], { encoding: 'utf8' });
		if (cc.error || cc.status !== 0) throw new Error(`cannot compile against libcrypto: ${cc.error?.message ?? cc.stderr}`);
		return {
			libssl: firstLine(join(dir, 'v'), []),
			gcc: firstLine('gcc', ['-dumpfullversion']),
			valgrind: firstLine('valgrind', ['--version'])
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** "OpenSSL 3.0.19 27 Jan 2026" → "3.0.19" */
export function libsslVersionNumber(toolchain: Toolchain): string {
	return /OpenSSL (\S+)/.exec(toolchain.libssl)?.[1] ?? toolchain.libssl;
}

function run(cmd: string, args: string[], outFd: number, cwd: string, timeoutMs: number): Promise<{ timedOut: boolean }> {
	return new Promise((resolve, reject) => {
		// stdout and stderr share one descriptor, like `>out 2>&1`, so valgrind's
		// report lands exactly between the program lines around it
		const child = spawn(cmd, args, { cwd, stdio: ['ignore', outFd, outFd] });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		child.on('error', (err) => {
			clearTimeout(timer);
			reject(err);
		});
		child.on('close', () => {
			clearTimeout(timer);
			resolve({ timedOut });
		});
	});
}

/** Runs one snippet against the installed libssl. */
export async function runReal(source: string, timeoutMs = REAL_TIMEOUT_MS): Promise<RealResult> {
	const dir = mkdtempSync(join(tmpdir(), 'lab-real-'));
	try {
		writeFileSync(join(dir, SNIPPET_FILE), source);
		const cc = spawnSync(
			'gcc',
			['-g', '-O0', '-w', '-include', PRELUDE_PATH, '-o', 'a.out', SNIPPET_FILE, '-lssl', '-lcrypto'],
			{ cwd: dir, encoding: 'utf8' }
		);
		if (cc.error || cc.status !== 0) {
			const log = (cc.stderr || cc.error?.message || '').split('\n').slice(0, 5);
			return { transcript: ['# compile error', ...log.map((l) => `#   ${l}`)], seconds: 0, problem: 'compile error' };
		}
		const outPath = join(dir, 'out.log');
		const fd = openSync(outPath, 'w');
		const started = performance.now();
		let timedOut: boolean;
		try {
			({ timedOut } = await run(
				'valgrind',
				[
					'-q',
					'--log-fd=1',
					'--error-limit=no',
					'--leak-check=no',
					'--num-callers=50',
					'--track-origins=no',
					'--exit-on-first-error=yes',
					'--error-exitcode=99',
					'./a.out'
				],
				fd,
				dir,
				timeoutMs
			));
		} finally {
			closeSync(fd);
		}
		const seconds = (performance.now() - started) / 1000;
		const raw = readFileSync(outPath, 'utf8');
		const transcript = normalizeRealOutput(raw);
		const swallowed = swallowedProgramLines(raw);
		if (swallowed.length > 0)
			return { transcript, seconds, problem: `prints a line starting with "==", which the oracle drops: ${swallowed[0]}` };
		if (timedOut) {
			transcript.push(`# oracle timeout after ${Math.round(timeoutMs / 1000)} s`);
			return { transcript, seconds, problem: 'timeout' };
		}
		return { transcript, seconds };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
