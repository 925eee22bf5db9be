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
	remove: 'is removed from the cache of CTX',
	evict: 'is evicted from the cache of CTX (cache full)',
	flush: 'is flushed from the cache of CTX',
	replace: 'is replaced in the cache of CTX by another session with the same id',
	resort: 'changes position in the cache of CTX',
	corrupt: 'silently drops out of the cache list of CTX'
};

/** What each session callback is for, after "will call NAME". */
const CALLBACK_USE: Record<string, string> = {
	new: 'for each new session',
	remove: 'whenever a session leaves its cache',
	get: 'to look up a session its cache does not have'
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
			return describeField(e.key, e.field, e.value);
		case 'cache-insert':
			if (!e.list) return `${e.session} enters the lookup table of ${e.ctx}'s cache`;
			return e.hash
				? `${e.session} is added to the cache of ${e.ctx} (position ${e.index} from the head)`
				: `${e.session} is placed at position ${e.index} of the cache list of ${e.ctx}`;
		case 'cache-remove':
			return `${e.session} ${(REASONS[e.reason] ?? `leaves the cache of CTX (${e.reason})`).replace('CTX', e.ctx)}`;
		case 'cache-flush':
			return e.phase === 'start'
				? `${e.ctx}: flush ${e.t === 0 ? 'of every session' : `of sessions expired at ${e.t}`} begins (cache locked)`
				: `${e.ctx}: flush ends, ${e.removed} session(s) removed`;
		case 'callback-invoked':
			return `${e.ctx} calls ${e.name ?? 'its callback'} (its ${e.callback}_session_cb)${e.session ? ` with ${e.session}` : ''}${e.locked ? ' while holding the cache lock' : ''}`;
		case 'counter-incremented':
			return `${e.ctx}'s ${e.counter} counter goes ${e.value - e.delta} → ${e.value}`;
		case 'clock':
			return `the simulated clock reads ${e.now}`;
		case 'error-queued':
			return `${e.fn} puts an error on the error queue (library ${e.lib}, reason ${e.reason})`;
		case 'fault':
			return `${e.kind}${e.key ? ` on ${e.key}` : ''}: ${e.message}`;
	}
}

const VERSIONS: Record<number, string> = { 0x300: 'SSL 3.0', 0x301: 'TLS 1.0', 0x302: 'TLS 1.1', 0x303: 'TLS 1.2', 0x304: 'TLS 1.3' };
const MODE_FLAGS: [number, string][] = [
	[0x80, 'SSL_SESS_CACHE_NO_AUTO_CLEAR'],
	[0x100, 'SSL_SESS_CACHE_NO_INTERNAL_LOOKUP'],
	[0x200, 'SSL_SESS_CACHE_NO_INTERNAL_STORE'],
	[0x400, 'SSL_SESS_CACHE_UPDATE_TIME']
];
const CACHE_SIDES = ['SSL_SESS_CACHE_OFF', 'SSL_SESS_CACHE_CLIENT', 'SSL_SESS_CACHE_SERVER', 'SSL_SESS_CACHE_BOTH'];

/** A session cache mode as the macros a program would write. */
export function cacheModeName(mode: number): string {
	const names = [CACHE_SIDES[mode & 3]];
	for (const [bit, name] of MODE_FLAGS) if (mode & bit) names.push(name);
	const rest = mode & ~0x783;
	if (rest) names.push(`0x${rest.toString(16)}`);
	return names.join(' | ');
}

function versionName(v: unknown): string {
	return typeof v === 'number' ? (VERSIONS[v] ?? (v === 0 ? 'unset' : `0x${v.toString(16)}`)) : String(v);
}

/** The callbacks a context now has, as "will call NAME for …" sentences. */
function describeCallbacks(key: string, value: unknown): string {
	const cbs = (value ?? {}) as Record<string, string | null>;
	const set = Object.keys(CALLBACK_USE).filter((k) => cbs[k]);
	if (set.length === 0) return `${key} has no session callbacks now`;
	const uses = set.map((k) => `${cbs[k]} ${CALLBACK_USE[k]}`).join(' and ');
	const setter = set.length === 1 ? `SSL_CTX_sess_set_${set[0]}_cb — ` : '';
	return `${setter}${key} will call ${uses}`;
}

const SHUTDOWN = ['no close_notify sent or received', 'close_notify sent', 'close_notify received', 'close_notify sent and received'];
const HANDSHAKE: Record<string, string> = {
	before: 'has not started a handshake',
	'in-init': 'is in the middle of a handshake',
	done: 'has completed its handshake',
	failed: 'failed its handshake'
};

/** A field-changed event as a sentence (fields are those of snapshot.ts's views). */
export function describeField(key: string, field: string, value: unknown): string {
	const none = value === null || value === undefined;
	switch (field) {
		// SSL_CTX
		case 'callbacks':
			return describeCallbacks(key, value);
		case 'mode':
			return `${key}'s session cache mode is now ${cacheModeName(Number(value))}`;
		case 'cache.sizeLimit':
			return value === 0 ? `${key}'s cache has no size limit now` : `${key}'s cache now holds at most ${value} sessions`;
		// SSL_SESSION (timeout is shared with SSL_CTX: both are seconds)
		case 'timeout':
			return `${key}'s ${key.startsWith('SSL_CTX') ? 'default session ' : ''}timeout is now ${value} s`;
		case 'version':
			return `${key}'s protocol version is now ${versionName(value)}`;
		case 'id':
			return value ? `${key}'s session id is now ${value} (${String(value).length / 2} bytes)` : `${key}'s session id is now empty`;
		case 'time':
			return `${key}'s start time is now ${value}`;
		case 'expiry':
			return none ? `${key} never expires now (time + timeout overflows)` : `${key} now expires at ${value}`;
		case 'resumable':
			return value ? `${key} can now be resumed` : `${key} can no longer be resumed`;
		case 'notResumable':
			return value ? `${key} is marked not resumable` : `${key} is no longer marked not resumable`;
		case 'hasTicket':
			return value ? `${key} now carries a session ticket` : `${key} no longer carries a session ticket`;
		case 'owner':
			return none ? `${key} no longer belongs to any cache` : `${key} now belongs to the cache of ${value}`;
		// SSL
		case 'side':
			return value === 'unset' ? `${key} is neither client nor server yet` : `${key} is now a ${value}`;
		case 'ctx':
			return `${key} now uses ${value} as its ctx`;
		case 'sessionCtx':
			return `${key} now uses ${value} as its session_ctx (the context whose cache it uses)`;
		case 'session':
			return none ? `${key}'s session slot is now empty` : `${key}'s session slot now points to ${value}`;
		case 'handshake':
			return `${key} ${HANDSHAKE[String(value)] ?? `is in handshake state ${value}`}`;
		case 'shutdown':
			return `${key}'s shutdown state: ${SHUTDOWN[Number(value) & 3]}`;
		case 'reused':
			return value ? `${key} resumed a session (SSL_session_reused returns 1)` : `${key} did not resume a session (SSL_session_reused returns 0)`;
		default:
			return `${key}'s ${field} is now ${typeof value === 'object' && value !== null ? Object.entries(value).map(([k, v]) => `${k} ${v ?? 'none'}`).join(', ') : String(value)}`;
	}
}
