/**
 * Faults instead of corruption. Real OpenSSL reads freed memory (and sometimes spins for ever); the
 * simulation stops at that first access and explains it. EngineFault extends the interpreter's
 * MemoryFault so the runner reports it like any other memory-safety violation.
 */
import { MemoryFault } from '../snippet/faults';

export type EngineFaultKind = 'use-after-free' | 'double-free' | 'invalid-free' | 'null-dereference';

export interface EngineFaultDetails {
	kind: EngineFaultKind;
	/** Trace key of the object ('SSL_SESSION#3'), or null for a NULL dereference. */
	objectKey: string | null;
	/** What the library was doing: 'SSL_free releases its session', 'flush walks the cache tail'. */
	access: string;
	line: number | null;
	allocatedLine: number | null;
	freedLine: number | null;
	/** Plain-English ownership story from the ledger. */
	story: string;
}

export class EngineFault extends MemoryFault {
	readonly kind: EngineFaultKind;
	readonly objectKey: string | null;
	readonly details: EngineFaultDetails;
	constructor(d: EngineFaultDetails) {
		super({
			kind: d.kind,
			object: d.objectKey,
			access: d.access,
			allocatedLine: d.allocatedLine,
			freedLine: d.freedLine,
			explanation: d.story,
			...(d.line !== null ? { line: d.line } : {})
		});
		this.kind = d.kind;
		this.objectKey = d.objectKey;
		this.details = d;
	}
}
