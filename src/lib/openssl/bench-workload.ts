/**
 * /work/shared/bench/cache-workload.c through the engine's TypeScript API (no interpreter):
 * ROUNDS × (2N adds into an N-entry cache with lookups after the first N, then a flush).
 * Returns the lines the C program prints. `record: 'trace'` (default) keeps no event log or
 * ledger, which is what the benchmark measures; 'full' shows the cost of recording everything.
 */
import { World, type RecordMode } from './world';
import { ctxNew } from './ctx-ops';
import { sslNew } from './ssl-ops';
import { sessionNew, sessionSetTime, sessionSetTimeout, sessionChanged } from './session-ops';
import { cacheAdd, cacheFind, cacheFlush, cacheNumber } from './cache/ops';
import { releaseRef } from './ledger';
import { TLS_SERVER_METHOD } from './objects/method';
import { TLS1_3_VERSION } from './constants';
import { copyBytes } from './bytes';

export interface WorkloadOptions {
	n?: number;
	rounds?: number;
	record?: RecordMode;
	now?: number;
}

function makeId(id: Uint8Array, i: number, round: number): void {
	id.fill(0);
	id[0] = i & 0xff;
	id[1] = (i >> 8) & 0xff;
	id[2] = (i >> 16) & 0xff;
	id[3] = round & 0xff;
}

export function runCacheWorkload(options: WorkloadOptions = {}): string[] {
	const N = options.n ?? 20480;
	const ROUNDS = options.rounds ?? 8;
	const w = new World({ now: options.now ?? 1700000000, record: options.record ?? 'trace' });
	const out: string[] = [];
	const id = new Uint8Array(32);
	const t0 = 1700000000;
	const ctx = ctxNew(w, TLS_SERVER_METHOD);
	const ssl = sslNew(w, ctx);
	ctx.cacheSize = N;
	for (let round = 0; round < ROUNDS; round++) {
		let hits = 0;
		for (let i = 0; i < 2 * N; i++) {
			const s = sessionNew(w);
			makeId(id, i, round);
			s.fields.sessionId = copyBytes(id); // SSL_SESSION_set1_id
			s.fields.sslVersion = TLS1_3_VERSION; // SSL_SESSION_set_protocol_version
			sessionChanged(w, s);
			sessionSetTime(w, s, t0 + i);
			sessionSetTimeout(w, s, 300);
			cacheAdd(w, ctx, s);
			releaseRef(w, s, 'app', null, 'SSL_SESSION_free');
			if (i === N - 1) {
				for (let j = 0; j < N; j++) {
					makeId(id, j, round);
					if (cacheFind(w, ssl.sessionCtx, ssl.version, id, 'SSL_has_matching_session_id')) hits++;
				}
			}
		}
		out.push(`round ${round}: ${hits} found, ${cacheNumber(ctx)} cached`);
		cacheFlush(w, ctx, t0 + 2 * N + 1000);
	}
	out.push(`cache_full ${ctx.stats.cache_full}, left ${cacheNumber(ctx)}`);
	releaseRef(w, ssl, 'app', null, 'SSL_free');
	releaseRef(w, ctx, 'app', null, 'SSL_CTX_free');
	return out;
}
