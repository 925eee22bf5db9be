/**
 * The postMessage API of the iframe embed (/embed/). Host pages send commands; the embed answers
 * with events. Every incoming message is untrusted: `parseCommand` accepts only well-formed
 * commands of this protocol and returns null for anything else (which the embed ignores).
 * Events are always posted to an explicit target origin, never '*'.
 */

export const PROTOCOL = 'session-lab';
export const PROTOCOL_VERSION = 1;
/** Largest program a `load` command may carry (characters). */
export const MAX_COMMAND_SOURCE = 256 * 1024;

export type EmbedCommand =
	| { type: 'load'; source: string; step?: number }
	| { type: 'run' }
	| { type: 'step'; delta: number }
	| { type: 'seek'; step: number }
	| { type: 'reset' };

export type EmbedEvent =
	| { type: 'ready' }
	| { type: 'step-changed'; step: number; total: number; line: number }
	| { type: 'finished'; status: number; exit: string; totalSteps: number }
	| { type: 'fault'; kind: string; line: number; object: string | null }
	| { type: 'error'; message: string };

export interface Envelope<T> {
	protocol: typeof PROTOCOL;
	version: typeof PROTOCOL_VERSION;
	message: T;
}

export function envelope<T>(message: T): Envelope<T> {
	return { protocol: PROTOCOL, version: PROTOCOL_VERSION, message };
}

const isInt = (v: unknown, min: number, max: number): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Validate an incoming message's data; null when it is not a command of ours. */
export function parseCommand(data: unknown): EmbedCommand | null {
	if (typeof data !== 'object' || data === null) return null;
	const env = data as Partial<Envelope<unknown>>;
	if (env.protocol !== PROTOCOL || env.version !== PROTOCOL_VERSION) return null;
	const m = env.message;
	if (typeof m !== 'object' || m === null) return null;
	const msg = m as Record<string, unknown>;
	switch (msg.type) {
		case 'load':
			if (typeof msg.source !== 'string' || msg.source.length > MAX_COMMAND_SOURCE) return null;
			if (msg.step !== undefined && !isInt(msg.step, 0, 1e9)) return null;
			return msg.step === undefined ? { type: 'load', source: msg.source } : { type: 'load', source: msg.source, step: msg.step as number };
		case 'run':
			return { type: 'run' };
		case 'reset':
			return { type: 'reset' };
		case 'step':
			return isInt(msg.delta, -1e6, 1e6) ? { type: 'step', delta: msg.delta } : null;
		case 'seek':
			return isInt(msg.step, 0, 1e9) ? { type: 'seek', step: msg.step } : null;
		default:
			return null;
	}
}

/**
 * The origin the embed may talk to: the `origin` URL parameter if it is a valid http(s) origin,
 * else the referrer's origin, else null (then the embed posts nothing and accepts nothing).
 */
export function resolveHostOrigin(originParam: string | null, referrer: string): string | null {
	const candidate = originParam ?? referrer;
	if (!candidate) return null;
	try {
		const url = new URL(candidate);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		return url.origin;
	} catch {
		return null;
	}
}

/** Validate an event received from the embed (host side); null when it is not one of ours. */
export function parseEmbedEvent(data: unknown): EmbedEvent | null {
	if (typeof data !== 'object' || data === null) return null;
	const env = data as Partial<Envelope<unknown>>;
	if (env.protocol !== PROTOCOL || env.version !== PROTOCOL_VERSION) return null;
	const m = env.message as Record<string, unknown> | null;
	if (typeof m !== 'object' || m === null) return null;
	switch (m.type) {
		case 'ready':
			return { type: 'ready' };
		case 'step-changed':
			return isInt(m.step, 0, 1e9) && isInt(m.total, 0, 1e9) && isInt(m.line, 0, 1e9)
				? { type: 'step-changed', step: m.step, total: m.total, line: m.line }
				: null;
		case 'finished':
			return isInt(m.status, 0, 255) && typeof m.exit === 'string' && isInt(m.totalSteps, 0, 1e9)
				? { type: 'finished', status: m.status, exit: m.exit.slice(0, 40), totalSteps: m.totalSteps }
				: null;
		case 'fault':
			return typeof m.kind === 'string' && isInt(m.line, 0, 1e9)
				? { type: 'fault', kind: m.kind.slice(0, 40), line: m.line, object: typeof m.object === 'string' ? m.object.slice(0, 60) : null }
				: null;
		case 'error':
			return typeof m.message === 'string' ? { type: 'error', message: m.message.slice(0, 500) } : null;
		default:
			return null;
	}
}
