/**
 * A fast first look at real OpenSSL for sweeps: the same compile as the
 * oracle, run natively (milliseconds instead of seconds under valgrind).
 * Only a clean exit counts; a crash, abort or non-zero status returns
 * undefined and the caller asks valgrind. A silent memory error natively
 * would hide from this, so the sweep re-checks every disagreement with the
 * real oracle before reporting it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRELUDE_PATH } from '../lib/real';
import { normalizeRealOutput, SNIPPET_FILE } from '../lib/transcript';

export function runNative(source: string, timeoutMs = 20_000): string[] | undefined {
	const dir = mkdtempSync(join(tmpdir(), 'lab-native-'));
	try {
		writeFileSync(join(dir, SNIPPET_FILE), source);
		const cc = spawnSync('gcc', ['-g', '-O0', '-w', '-include', PRELUDE_PATH, '-o', 'a.out', SNIPPET_FILE, '-lssl', '-lcrypto'], {
			cwd: dir,
			encoding: 'utf8'
		});
		if (cc.error || cc.status !== 0) return undefined;
		// stdout and stderr on one pipe, as the oracle does; exec, so a timeout kills a.out itself (a flush
		// walking a freed entry spins forever natively)
		const run = spawnSync('sh', ['-c', 'exec ./a.out 2>&1'], { cwd: dir, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
		if (run.error || run.status !== 0 || run.signal) return undefined;
		return normalizeRealOutput(run.stdout);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
