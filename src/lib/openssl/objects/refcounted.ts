/**
 * What SSL_CTX, SSL and SSL_SESSION share: a trace number, a reference count and its ledger.
 * All per-object state lives in properties of the object (never in side tables keyed by it), so a
 * walk over the World reaches every piece of it (time-travel checkpoints).
 */
import type { CValue, OpaqueObject } from '../../snippet/abi';
import type { ObjectType, RefUnit } from '../snapshot';

/** A release by a holder that never received the unit (recorded for the fault story). */
export interface Misrelease {
	line: number | null;
	via: string;
	/** Where the released pointer came from, if it was borrowed ('SSL_get_session at line 9'). */
	borrowedFrom: string | null;
	message: string;
}

/** Where the application got a borrowed (uncounted) pointer to this object. */
export interface Borrow {
	via: string;
	line: number | null;
	/** The holder whose unit the pointer is backed by ('SSL#2' session slot, cache of 'SSL_CTX#1'). */
	from: RefUnit | null;
}

/** Shared empty ledger for trace-only worlds (frozen: full mode always installs its own array). */
export const NO_HOLDERS: RefUnit[] = Object.freeze([]) as unknown as RefUnit[];

export abstract class RefCounted implements OpaqueObject {
	abstract get cType(): ObjectType;
	private keyCache: string | null = null;
	refs = 1;
	freed = false;
	/** Ledger (full recording only; empty in trace-only mode). refs === holders.length when consistent. */
	holders: RefUnit[] = NO_HOLDERS;
	createdLine: number | null;
	freedLine: number | null = null;
	freedVia: string | null = null;
	misreleases: Misrelease[] | null = null;
	lastBorrow: Borrow | null = null;
	/** Application ex_data slots (SSL_*_set_ex_data); index 1 (the prelude's) answers the trace number. */
	exData: Map<number, CValue> | null = null;
	/** View fields as last reported by field-changed events (World.touch diffs against them; full recording). */
	lastFields: Record<string, unknown> | null = null;
	constructor(
		readonly n: number,
		type: ObjectType,
		line: number | null
	) {
		this.createdLine = line;
	}

	/**
	 * Trace name, 'SSL_SESSION#3' (built on first use: trace-only worlds never need most of them).
	 * join() makes one flat string; a template literal would keep three (≈ 90 bytes per object).
	 */
	get key(): string {
		return (this.keyCache ??= [this.cType, this.n].join('#'));
	}
}
