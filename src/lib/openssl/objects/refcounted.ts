/** What SSL_CTX, SSL and SSL_SESSION share: a trace number, a reference count and its ledger. */
import type { OpaqueObject } from '../../snippet/abi';
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

export abstract class RefCounted implements OpaqueObject {
	abstract readonly cType: ObjectType;
	readonly key: string;
	refs = 1;
	freed = false;
	/** Ledger (full recording only; empty in trace-only mode). refs === holders.length when consistent. */
	holders: RefUnit[] = [];
	createdLine: number | null;
	freedLine: number | null = null;
	freedVia: string | null = null;
	misreleases: Misrelease[] | null = null;
	lastBorrow: Borrow | null = null;
	constructor(
		readonly n: number,
		type: ObjectType,
		line: number | null
	) {
		this.key = `${type}#${n}`;
		this.createdLine = line;
	}
}
