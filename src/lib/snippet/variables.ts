/** Frames and variables as the graph draws them (StepView.frames), read from a stopped machine. */
import type { CValue } from './abi';
import type { CheckedProgram, CType, VarDecl } from './front/ast';
import type { MachineState } from './execute';
import type { Machine } from './machine';
import type { Block } from './memory';
import { accessor } from './interp/lvalues';
import { memPtr } from './memory';
import { sizeOf, typeName } from './ctypes';
import type { FrameView, VariableView } from './step-view';

export function framesOf(prog: CheckedProgram, exec: MachineState): FrameView[] {
	const m = exec.machine;
	const frames: FrameView[] = [];
	const globals: VariableView[] = prog.globals.map((d, i) =>
		variable(m, d, exec.compiled.globals[i], exec.compiled.globalInBlock[i])
	);
	frames.push({ fn: 'globals', line: 0, vars: globals });
	exec.stackLines.forEach((sl, i) => {
		const rec = m.stack[i];
		const slots = exec.compiled.blockSlots.get(rec.def.name) ?? new Set<number>();
		const vars = rec.def.locals
			.filter((d) => d.storage === 'auto' && (d.isParam || d.span.line <= sl.line))
			.map((d) => variable(m, d, rec.frame[d.slot], slots.has(d.slot)));
		frames.push({ fn: rec.def.name, line: sl.line, vars });
	});
	return frames;
}

function variable(m: Machine, d: VarDecl, raw: CValue, inBlock: boolean): VariableView {
	const type = typeName(d.type);
	let value: CValue = raw;
	if (inBlock && d.type.kind !== 'array') {
		try {
			value = raw === null || raw === 0 ? 0 : accessor(m, d.type).loadAt(raw);
		} catch {
			return { name: d.name, type, display: '?', pointsTo: null, buffer: null };
		}
	}
	if (d.type.kind === 'array') return arrayView(m, d, raw);
	return { name: d.name, type, ...show(m, value, d.type) };
}

function show(m: Machine, v: CValue, t: CType): Pick<VariableView, 'display' | 'pointsTo' | 'buffer'> {
	if (t.kind === 'int') return { display: String(v), pointsTo: null, buffer: null };
	if (v === null || v === 0) return { display: 'NULL', pointsTo: null, buffer: null };
	if (typeof v === 'number') return { display: `0x${v.toString(16)}`, pointsTo: null, buffer: null };
	if (v.kind === 'obj') {
		const key = m.mem.describeObject(v.object);
		return { display: `→ ${key}`, pointsTo: key.includes('#') ? key : null, buffer: null };
	}
	if (v.kind === 'fn') return { display: v.name, pointsTo: null, buffer: null };
	const b = v.block as Block;
	const at = v.offset ? `+${v.offset}` : '';
	if (b.region === 'literal') return { display: b.name, pointsTo: null, buffer: null };
	if (b.region === 'heap') return { display: `→ ${b.name}${at}${b.freed ? ' (freed)' : ''}`, pointsTo: null, buffer: b.name };
	return { display: `→ ${b.name}${at}`, pointsTo: null, buffer: null };
}

function arrayView(m: Machine, d: VarDecl, raw: CValue): VariableView {
	const t = d.type as Extract<CType, { kind: 'array' }>;
	const base: VariableView = { name: d.name, type: typeName(t), display: '{…}', pointsTo: null, buffer: null };
	if (raw === null || typeof raw !== 'object' || raw.kind !== 'mem') return base;
	const b = raw.block as Block;
	const n = t.length ?? 0;
	if (t.of.kind === 'pointer') {
		const elements: { index: number; pointsTo: string }[] = [];
		const shown: string[] = [];
		for (let i = 0; i < n && i < 64; i++) {
			const p = b.ptrs?.get(raw.offset + i * 8) ?? null;
			const s = show(m, p, t.of);
			shown.push(s.display);
			if (s.pointsTo) elements.push({ index: i, pointsTo: s.pointsTo });
		}
		return { ...base, display: `{${shown.join(', ')}}`, elements };
	}
	if (t.of.kind === 'int') {
		const es = sizeOf(t.of);
		const acc = accessor(m, t.of);
		const vals: string[] = [];
		for (let i = 0; i < n && i < 16; i++) {
			try {
				vals.push(String(acc.loadAt(memPtr(b, raw.offset + i * es))));
			} catch {
				break;
			}
		}
		return { ...base, display: `{${vals.join(', ')}${n > 16 ? ', …' : ''}}` };
	}
	return base;
}
