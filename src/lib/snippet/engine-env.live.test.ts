/**
 * The engine Environment in 'live' recording (ledger and registry, no event log) against 'full':
 * every conformance program prints the same, ends the same, reports the same leaks (with their
 * holders, which come from the registry) and leaves the same live library state.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from './front/compile';
import { execute } from './execute';
import { engineEnvironment } from './engine-env';
import { runProgram } from './runner';
import type { RecordMode } from '../openssl/world';
import type { WorldSnapshot } from '../openssl/snapshot';

const views = (s: WorldSnapshot) => [...s.ctxs, ...s.ssls, ...s.sessions];
const only = (s: WorldSnapshot, keys: Set<string>): WorldSnapshot => ({
	...s,
	ctxs: s.ctxs.filter((v) => keys.has(v.key)),
	ssls: s.ssls.filter((v) => keys.has(v.key)),
	sessions: s.sessions.filter((v) => keys.has(v.key))
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const casesDir = join(root, 'conformance', 'cases');
const NOW = 1764000000;

function run(source: string, fileName: string, record: RecordMode) {
	const env = engineEnvironment(NOW, record);
	const { program, diagnostics } = compile(source, fileName, env.library);
	if (!program) return { compileErrors: diagnostics.length };
	const exec = execute(program, env, { trace: true, fileName, limits: { maxSteps: 5_000_000, maxMillis: 60_000 } });
	return {
		out: exec.machine.out,
		err: exec.machine.err,
		outcome: exec.outcome,
		leaks: exec.leaks.map((l) => l.text),
		live: env.liveObjects(),
		events: env.eventCount(),
		snapshot: env.liveSnapshot?.() ?? null,
		timeTravel: [typeof env.snapshotAt, typeof env.eventsBetween]
	};
}

describe("engine environment, record 'live'", () => {
	const cases = readdirSync(casesDir).filter((f) => f.endsWith('.c'));

	it('finds the conformance programs', () => {
		expect(cases.length).toBeGreaterThan(100);
	});

	it("runs every conformance program exactly as 'full' does (output, end, leaks with holders, live state)", () => {
		let leaky = 0;
		let bigRuns = 0;
		for (const name of cases) {
			const source = readFileSync(join(casesDir, name), 'utf8');
			const full = run(source, name, 'full');
			const live = run(source, name, 'live');
			expect(live.timeTravel, name).toEqual(['undefined', 'undefined']);
			expect(full.timeTravel, name).toEqual(['function', 'function']);
			expect({ ...live, timeTravel: null, snapshot: null }, name).toEqual({ ...full, timeTravel: null, snapshot: null });
			expect(live.snapshot && full.snapshot, name).toBeTruthy();
			// The live registry forgets all but the most recent ~1000 freed objects: the snapshot is
			// the full one without the others.
			const kept = new Set(views(live.snapshot!).map((v) => v.key));
			const fullViews = views(full.snapshot!);
			const ghosts = fullViews.filter((v) => v.freed).length;
			if (ghosts <= 1000) expect(live.snapshot, name).toEqual(full.snapshot);
			else {
				bigRuns++;
				expect(live.snapshot, name).toEqual(only(full.snapshot!, kept));
				expect(fullViews.filter((v) => !v.freed).every((v) => kept.has(v.key)), name).toBe(true);
				expect(kept.size - fullViews.filter((v) => !v.freed).length, name).toBeGreaterThanOrEqual(1000);
			}
			if (live.live?.some((o) => o.holders)) leaky++;
		}
		// Some programs leak on purpose: their reports name holders, which only a registry knows.
		expect(leaky).toBeGreaterThan(0);
		expect(bigRuns).toBeGreaterThan(0);
	}, 120_000);

	it('reports leaks with holders after more frees than the registry keeps ghosts', () => {
		const source = `#include <openssl/ssl.h>
int main(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *kept = SSL_SESSION_new();
    int i;
    for (i = 0; i < 3000; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        SSL_SESSION_free(s);
    }
    SSL_CTX_add_session(ctx, kept);
    return 0;
}
`;
		const res = (record: RecordMode) => runProgram(source, { now: NOW, engineRecord: record, fileName: 'leak.c' }).summary;
		const live = res('live');
		expect(live.leaks).toEqual(res('full').leaks);
		expect(live.leaks.map((l) => l.text).join('')).toMatch(/SSL_SESSION#1 .*cache of SSL_CTX#1/);
	});
});
