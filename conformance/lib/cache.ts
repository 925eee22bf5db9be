/**
 * Local cache of real-OpenSSL transcripts, so reruns on a developer machine do
 * not recompile and re-valgrind unchanged cases. Keyed by everything that can
 * change a transcript: the snippet, the prelude, the normalizer revision and
 * the toolchain (libssl, gcc, valgrind versions). Lives in conformance/out/
 * (git-ignored), so a clean clone — CI — always runs real OpenSSL.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RealResult, Toolchain } from './real';

/** Bump when normalization or the way the oracle runs changes. */
const ORACLE_REVISION = 1;

export function realCacheKey(source: string, prelude: string, toolchain: Toolchain): string {
	return createHash('sha256')
		.update(JSON.stringify({ revision: ORACLE_REVISION, source, prelude, toolchain }))
		.digest('hex');
}

export class RealCache {
	private readonly dir: string;
	constructor(outDir: string) {
		this.dir = join(outDir, 'real');
	}

	get(key: string): RealResult | undefined {
		const file = join(this.dir, `${key}.json`);
		if (!existsSync(file)) return undefined;
		try {
			const value = JSON.parse(readFileSync(file, 'utf8')) as RealResult;
			return Array.isArray(value.transcript) ? value : undefined;
		} catch {
			return undefined;
		}
	}

	/** Only clean runs are kept: a timeout or compile error is retried next time. */
	put(key: string, result: RealResult): void {
		if (result.problem) return;
		mkdirSync(this.dir, { recursive: true });
		writeFileSync(join(this.dir, `${key}.json`), JSON.stringify(result));
	}
}
