/**
 * Reference ledger: every unit of an object's count has a holder (snapshot.ts HolderKind).
 * take/release/move keep `refs` (what OpenSSL counts) and `holders` (who we believe owns each unit)
 * in step. A release by a holder that owns no unit still decrements the count — exactly as OpenSSL
 * does — but consumes somebody else's unit and records an ownership-warning; the fault comes later,
 * when that somebody touches the object.
 */
import type { HolderKind, RefUnit } from './snapshot';
import type { World } from './world';
import type { RefCounted } from './objects/refcounted';
import { EngineFault, type EngineFaultKind } from './faults';

type Destroyer = (w: World, o: RefCounted, via: string) => void;
const destroyers: Partial<Record<string, Destroyer>> = {};

/** Object modules register what happens when a count reaches 0 (avoids import cycles). */
export function registerDestroyer(cType: string, d: Destroyer): void {
	destroyers[cType] = d;
}

function lineText(line: number | null): string {
	return line === null ? 'inside the library' : `at line ${line}`;
}

/** The ownership story of an object, from its ledger notes. */
export function ownershipStory(o: RefCounted): string {
	const parts: string[] = [];
	for (const m of o.misreleases ?? []) parts.push(m.message);
	if (o.freed) {
		parts.push(
			`${o.key} was created ${lineText(o.createdLine)} and destroyed ${lineText(o.freedLine)} (${o.freedVia ?? 'release'}), when its reference count reached 0.`
		);
	}
	return parts.join(' ');
}

/** Record a fault event and throw. */
export function fault(w: World, kind: EngineFaultKind, o: RefCounted | null, access: string, extra = ''): never {
	const story = (o ? ownershipStory(o) : 'The function dereferences this argument without checking it for NULL.') + (extra ? ` ${extra}` : '');
	const message = `${access}${o ? ` (${o.key})` : ''}`;
	if (w.wantsTrace) w.emit({ type: 'fault', line: w.line, kind, key: o ? o.key : null, message: `${message}. ${story}` });
	throw new EngineFault({
		kind,
		objectKey: o ? o.key : null,
		access,
		line: w.line,
		allocatedLine: o ? o.createdLine : null,
		freedLine: o ? o.freedLine : null,
		story
	});
}

/** Any read of a freed object is a use-after-free at the current line. */
export function assertAlive(w: World, o: RefCounted, access: string): void {
	if (o.freed) fault(w, 'use-after-free', o, access);
}

export function initialUnit(w: World, kind: HolderKind, holder: RefCounted | null, via: string): RefUnit {
	return { kind, holder: holder ? holder.key : null, via, line: w.line, event: w.eventIndex };
}

export function takeRef(w: World, o: RefCounted, kind: HolderKind, holder: RefCounted | null, via: string): void {
	if (o.freed) assertAlive(w, o, `${via} takes a reference`);
	o.refs++;
	if (!w.full) return;
	const unit: RefUnit = { kind, holder: holder ? holder.key : null, via, line: w.line, event: w.eventIndex };
	const hs = o.holders;
	// Most ledgers hold one or two units: copy into an exact-size array, as push() would reserve
	// 17 more slots (≈ 140 bytes kept beside every cached session); long ledgers grow in place.
	if (hs.length < 8) o.holders = withUnit(hs, unit);
	else hs.push(unit);
	w.emit({ type: 'ref-taken', line: w.line, key: o.key, unit, count: o.refs });
}

function withUnit(hs: RefUnit[], unit: RefUnit): RefUnit[] {
	const n = hs.length;
	const out = new Array<RefUnit>(n + 1);
	for (let i = 0; i < n; i++) out[i] = hs[i];
	out[n] = unit;
	return out;
}

function findUnit(o: RefCounted, kind: HolderKind, holderKey: string | null): number {
	const hs = o.holders;
	for (let i = hs.length - 1; i >= 0; i--) if (hs[i].kind === kind && hs[i].holder === holderKey) return i;
	return -1;
}

/** Which unit a misdirected release consumes: the one a borrowed pointer came from, else any non-app unit. */
function substituteUnit(o: RefCounted, kind: HolderKind): number {
	const b = o.lastBorrow?.from;
	if (kind === 'app' && b) {
		const i = o.holders.findIndex((u) => u.event === b.event && u.kind === b.kind && u.holder === b.holder);
		if (i >= 0) return i;
	}
	const i = o.holders.findIndex((u) => u.kind !== 'app');
	return i >= 0 ? i : o.holders.length - 1;
}

function misuseMessage(w: World, o: RefCounted, kind: HolderKind, holderKey: string | null, via: string, taken: RefUnit | undefined): string {
	const at = lineText(w.line);
	if (kind === 'app') {
		const b = o.lastBorrow;
		if (b) {
			const hint = /get0?_session$/.test(b.via)
				? 'only SSL_get1_session hands you one'
				: 'a borrowed pointer carries no reference';
			return `The reference released ${at} (${via}) was borrowed from ${b.via} ${lineText(b.line)}; ${hint}.`;
		}
		return `The program released a reference to ${o.key} ${at} (${via}) that it did not own (its own references were already released${taken ? `; this one belonged to ${taken.holder ?? taken.kind}` : ''}).`;
	}
	return `${holderKey ?? 'The library'} released its reference to ${o.key} ${at} (${via}), but that unit had already been consumed by an earlier release the program made.`;
}

/** Release one unit held by (kind, holder). Returns true if the object was destroyed. */
export function releaseRef(w: World, o: RefCounted, kind: HolderKind, holder: RefCounted | null, via: string): boolean {
	if (o.freed) {
		const df = kind === 'app';
		fault(w, df ? 'double-free' : 'use-after-free', o, df ? `${via} releases an object that was already destroyed` : `${via} releases a reference on a destroyed object`);
	}
	o.refs--;
	if (w.full) {
		const holderKey = holder ? holder.key : null;
		let i = findUnit(o, kind, holderKey);
		let misuse = false;
		if (i < 0) {
			misuse = true;
			i = substituteUnit(o, kind);
		}
		const unit = o.holders[i];
		if (misuse) {
			const message = misuseMessage(w, o, kind, holderKey, via, unit);
			(o.misreleases ??= []).push({ line: w.line, via, borrowedFrom: o.lastBorrow ? o.lastBorrow.via : null, message });
			w.emit({ type: 'ownership-warning', line: w.line, key: o.key, message });
		}
		if (i >= 0) o.holders.splice(i, 1);
		w.emit({
			type: 'ref-released',
			line: w.line,
			key: o.key,
			unit: unit ?? { kind, holder: holderKey, via, line: w.line, event: -1 },
			by: { kind, holder: holderKey, via },
			count: o.refs
		});
	}
	if (o.refs === 0) {
		const d = destroyers[o.cType];
		if (d) d(w, o, via);
		return true;
	}
	return false;
}

/** Hand a unit from one holder to another (lookup ref → session slot, get_cb *copy = 0 ...). */
export function moveRef(w: World, o: RefCounted, from: { kind: HolderKind; holder: RefCounted | null }, to: { kind: HolderKind; holder: RefCounted | null }, via: string): void {
	if (o.freed) assertAlive(w, o, `${via} hands over a reference`);
	if (!w.full) return;
	let i = findUnit(o, from.kind, from.holder ? from.holder.key : null);
	if (i < 0) i = substituteUnit(o, from.kind);
	if (i < 0) return;
	const old = o.holders[i];
	const unit: RefUnit = { kind: to.kind, holder: to.holder ? to.holder.key : null, via, line: w.line, event: w.eventIndex };
	o.holders[i] = unit;
	w.emit({ type: 'ref-moved', line: w.line, key: o.key, from: old, to: unit });
}

/** Note that the program got an uncounted pointer (SSL_get_session, remove_cb argument ...). */
export function noteBorrow(w: World, o: RefCounted, via: string, from: { kind: HolderKind; holder: RefCounted | null } | null): void {
	if (!w.full) return;
	let unit: RefUnit | null = null;
	if (from) {
		const i = findUnit(o, from.kind, from.holder ? from.holder.key : null);
		if (i >= 0) unit = o.holders[i];
	}
	o.lastBorrow = { via, line: w.line, from: unit };
}

/** Mark destroyed (the trace line comes from the caller at the right moment). */
export function markFreed(w: World, o: RefCounted, via: string): void {
	o.freed = true;
	o.freedLine = w.line;
	o.freedVia = via;
	w.noteFreed(o);
}

export function emitCreated(w: World, o: RefCounted, via: string, view: () => import('./events').ObjectView): void {
	w.register(o);
	if (!w.wantsTrace) return;
	w.emit({ type: 'object-created', line: w.line, key: o.key, objType: o.cType as 'SSL_CTX' | 'SSL' | 'SSL_SESSION', n: o.n, via, view: w.full ? view() : (null as never) });
}

export function emitFreed(w: World, o: RefCounted, via: string): void {
	if (!w.wantsTrace) return;
	w.emit({ type: 'object-freed', line: w.line, key: o.key, objType: o.cType as 'SSL_CTX' | 'SSL' | 'SSL_SESSION', n: o.n, via });
}
