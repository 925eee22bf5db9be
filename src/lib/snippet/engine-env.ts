/**
 * The Environment over the simulated OpenSSL: engine bindings + libc sharing the world's clock,
 * lifecycle events as trace lines, live objects for the leak report, snapshots for time travel.
 */
import type { OpaqueObject } from './abi';
import { createEngineLibrary } from '../openssl/bindings/index';
import type { RecordMode } from '../openssl/world';
import type { Environment, LiveObject } from './environment';
import { withLibc } from './environment';
import type { Clock } from './libc';

export function engineEnvironment(now: number, record: RecordMode): Environment {
	const { world, library } = createEngineLibrary({ now, record });
	const clock: Clock = { now: () => world.now, advance: (s) => world.advance(s) };
	// Live objects per type by trace number, as byte flags + creation lines in typed arrays: this
	// listener runs for every object of the benchmark, so it must not allocate or hash.
	const tables = { SSL_CTX: new LiveTable(), SSL: new LiveTable(), SSL_SESSION: new LiveTable() };
	const lifecycle: ((kind: 'new' | 'free', key: string) => void)[] = [];
	world.subscribe((e) => {
		if (e.type === 'object-created') {
			tables[e.objType].add(e.n, e.line);
			for (let i = 0; i < lifecycle.length; i++) lifecycle[i]('new', e.key);
		} else if (e.type === 'object-freed') {
			tables[e.objType].alive[e.n] = 0;
			for (let i = 0; i < lifecycle.length; i++) lifecycle[i]('free', e.key);
		}
	});
	const objKey = (o: OpaqueObject) => (o as { key?: string }).key;
	return {
		library: withLibc(library, clock),
		clock,
		onLifecycle: (l) => void lifecycle.push(l),
		eventCount: () => world.eventIndex,
		liveObjects(): LiveObject[] {
			const byKey = new Map(world.objects.map((o) => [o.key, o]));
			const out: LiveObject[] = [];
			for (const type of ['SSL_CTX', 'SSL', 'SSL_SESSION'] as const) {
				const t = tables[type];
				for (let n = 1; n < t.alive.length; n++) {
					if (!t.alive[n]) continue;
					const key = `${type}#${n}`;
					const o = byKey.get(key);
					const holders = o
						? o.holders.map((h) => `${h.kind === 'app' ? 'the program' : `${h.kind}${h.holder ? ` of ${h.holder}` : ''}`} via ${h.via}${h.line !== null ? ` at line ${h.line}` : ''}`).join('; ')
						: '';
					out.push({ key, createdLine: t.line[n] < 0 ? null : t.line[n], holders });
				}
			}
			return out;
		},
		isAlive: (o) => !(o as { freed?: boolean }).freed,
		describeObject: (o) => objKey(o) ?? o.cType,
		snapshotAt: record === 'full' ? (i) => world.snapshotAt(i) : undefined,
		eventsBetween:
			record === 'full'
				? (from, to) =>
						world.events.slice(from, to).map((e, j) => ({
							index: from + j,
							kind: e.type,
							text: world.describe(e),
							objects: objectsOf(e as unknown as Record<string, unknown>),
							line: e.line
						}))
				: undefined
	};
}

function objectsOf(e: Record<string, unknown>): string[] {
	const out: string[] = [];
	for (const k of ['key', 'ctx', 'session', 'ssl']) {
		const v = e[k];
		if (typeof v === 'string' && v.includes('#')) out.push(v);
	}
	return out;
}

/** Growable live flags + creation lines indexed by trace number. */
class LiveTable {
	alive = new Uint8Array(256);
	line = new Int32Array(256);
	add(n: number, line: number | null): void {
		if (n >= this.alive.length) {
			let size = this.alive.length * 2;
			while (size <= n) size *= 2;
			const a = new Uint8Array(size);
			a.set(this.alive);
			const l = new Int32Array(size);
			l.set(this.line);
			this.alive = a;
			this.line = l;
		}
		this.alive[n] = 1;
		this.line[n] = line ?? -1;
	}
}
