/** Per-type load/store at (block, offset) for the interpreter's hot paths (bounds checked by the caller). */
import type { CValue, ScalarType } from './abi';
import { clearPtrs, type Block } from './memory';
import { INT_INFO, big, canon64 } from './values';

/** Typed load/store at (block, offset), bounds already checked; specialised per type (hot). */
export interface BlockAccess {
	size: number;
	load(b: Block, off: number): CValue;
	store(b: Block, off: number, v: CValue): void;
}

const clearIfPtrs = (b: Block, off: number, n: number) => {
	if (b.ptrs) clearPtrs(b, off, n);
};

export function blockAccess(t: ScalarType | 'pointer'): BlockAccess {
	if (t === 'pointer') {
		return {
			size: 8,
			load: (b, off) => {
				const v = b.ptrs?.get(off);
				if (v !== undefined) return v;
				const lo = b.dv.getUint32(off, true);
				const hi = b.dv.getUint32(off + 4, true);
				return lo === 0 && hi === 0 ? null : hi * 2 ** 32 + lo;
			},
			store: (b, off, v) => {
				if (typeof v === 'number' || v === null) {
					b.dv.setBigUint64(off, BigInt(v ?? 0), true);
					b.ptrs?.delete(off);
					return;
				}
				b.dv.setUint32(off, 0xdeadbeef, true);
				b.dv.setUint32(off + 4, 0x5555, true);
				clearIfPtrs(b, off, 8);
				(b.ptrs ??= new Map()).set(off, v);
			}
		};
	}
	const { bits, signed } = INT_INFO[t];
	switch (bits) {
		case 8:
			return {
				size: 1,
				load: signed ? (b, off) => b.dv.getInt8(off) : (b, off) => b.bytes[off],
				store: (b, off, v) => {
					b.bytes[off] = v as number;
					clearIfPtrs(b, off, 1);
				}
			};
		case 16:
			return {
				size: 2,
				load: signed ? (b, off) => b.dv.getInt16(off, true) : (b, off) => b.dv.getUint16(off, true),
				store: (b, off, v) => {
					b.dv.setUint16(off, (v as number) & 0xffff, true);
					clearIfPtrs(b, off, 2);
				}
			};
		case 32:
			return {
				size: 4,
				load: signed ? (b, off) => b.dv.getInt32(off, true) : (b, off) => b.dv.getUint32(off, true),
				store: (b, off, v) => {
					b.dv.setUint32(off, (v as number) >>> 0, true);
					clearIfPtrs(b, off, 4);
				}
			};
		default:
			return {
				size: 8,
				load: (b, off) => canon64(b.dv.getBigInt64(off, true), signed),
				store: (b, off, v) => {
					b.dv.setBigUint64(off, BigInt.asUintN(64, big(v as number)), true);
					clearIfPtrs(b, off, 8);
				}
			};
	}
}
