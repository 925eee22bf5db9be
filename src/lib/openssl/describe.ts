/** One plain-English sentence per event (timeline, screen-reader log, fault stories). */
import type { EngineEvent } from './events';
import type { RefUnit } from './snapshot';

/** Who a unit belongs to, as a noun phrase. */
export function holderPhrase(u: Pick<RefUnit, 'kind' | 'holder'>): string {
	switch (u.kind) {
		case 'app':
			return 'the program';
		case 'session':
			return `${u.holder}'s session slot`;
		case 'cache':
			return `the cache of ${u.holder}`;
		case 'ctx':
			return `${u.holder} (its ctx)`;
		case 'session-ctx':
			return `${u.holder} (its session_ctx)`;
		default:
			return 'the library (temporarily)';
	}
}

const REASONS: Record<string, string> = {
	remove: 'removed from',
	evict: 'evicted from (cache full)',
	flush: 'flushed from',
	replace: 'replaced (same id, another object) in',
	resort: 're-sorted in',
	corrupt: 'silently dropped from the list of'
};

export function describeEvent(e: EngineEvent): string {
	switch (e.type) {
		case 'object-created':
			return `${e.via} — creates ${e.key} (refcount 1, held by ${holderPhrase(e.view.holders[0] ?? { kind: 'app', holder: null })})`;
		case 'object-freed':
			return `${e.via} — ${e.key}'s count reached 0: it is destroyed`;
		case 'ref-taken': {
			const who = holderPhrase(e.unit);
			const verb = e.unit.kind === 'app' ? 'now holds' : 'takes';
			return `${e.unit.via} — ${who} ${verb} a reference to ${e.key} (refcount ${e.count - 1} → ${e.count})`;
		}
		case 'ref-released': {
			const who = holderPhrase(e.by);
			const stolen = e.unit.kind !== e.by.kind || e.unit.holder !== e.by.holder;
			const extra = stolen ? ` — but that unit belonged to ${holderPhrase(e.unit)}` : '';
			return `${e.by.via} — ${who} releases a reference to ${e.key} (refcount ${e.count + 1} → ${e.count})${extra}`;
		}
		case 'ref-moved':
			return `${e.to.via} — the reference of ${holderPhrase(e.from)} on ${e.key} is handed to ${holderPhrase(e.to)}`;
		case 'ownership-warning':
			return `warning: ${e.message}`;
		case 'field-changed':
			return `${e.key}.${e.field} = ${JSON.stringify(e.value)}`;
		case 'cache-insert':
			return e.hash
				? `${e.session} is added to the cache of ${e.ctx} (position ${e.index} from the head)`
				: `${e.session} is placed at position ${e.index} of the cache list of ${e.ctx}`;
		case 'cache-remove':
			return `${e.session} is ${REASONS[e.reason]} the cache of ${e.ctx}`;
		case 'cache-flush':
			return e.phase === 'start'
				? `${e.ctx}: flush ${e.t === 0 ? 'of every session' : `of sessions expired at ${e.t}`} begins (cache locked)`
				: `${e.ctx}: flush ends, ${e.removed} session(s) removed`;
		case 'callback-invoked':
			return `${e.ctx}: ${e.callback}_session_cb ${e.name ?? ''} is called${e.session ? ` with ${e.session}` : ''}${e.locked ? ' (cache lock held)' : ''}`;
		case 'counter-incremented':
			return `${e.ctx}: ${e.counter} ${e.value - e.delta} → ${e.value}`;
		case 'clock':
			return `the clock reads ${e.now}`;
		case 'error-queued':
			return `${e.fn} queues error (lib ${e.lib}, reason ${e.reason})`;
		case 'fault':
			return `${e.kind}${e.key ? ` on ${e.key}` : ''}: ${e.message}`;
	}
}
