/** Memory-checker reports: the AddressSanitizer-style text on stderr and the MemoryReport for the UI. */
import type { MemoryReport } from './step-view';
import type { FaultInfo } from './faults';
import type { Block } from './memory';
import { describeBlock } from './memory';
import type { LiveObject } from './environment';

export interface StackLine {
	fn: string;
	line: number;
}

export function faultReport(info: FaultInfo, line: number, fileName: string, stack: StackLine[]): MemoryReport {
	const out: string[] = [];
	out.push(`==ERROR: session-lab: ${info.kind} at ${fileName}:${line}${info.object ? ` on ${info.object}` : ''}`);
	out.push(`  ${info.access}`);
	for (const s of stack) out.push(`    in ${s.fn} at ${fileName}:${s.line}`);
	const life = [
		info.allocatedLine !== null ? `allocated at line ${info.allocatedLine}` : null,
		info.freedLine !== null ? `freed at line ${info.freedLine}` : null
	].filter(Boolean);
	if (life.length) out.push(`  ${info.object ?? 'it'} was ${life.join(' and ')}`);
	if (info.explanation) out.push(...wrap(info.explanation).map((l) => `  ${l}`));
	out.push(`SUMMARY: ${info.kind} at line ${line}`);
	return {
		kind: info.kind,
		line,
		object: info.object,
		allocatedLine: info.allocatedLine,
		freedLine: info.freedLine,
		explanation: info.explanation,
		text: out.join('\n') + '\n'
	};
}

export function heapLeak(b: Block, fileName: string): MemoryReport {
	const object = b.name;
	const explanation = `${describeBlock(b)} allocated at line ${b.allocatedLine} was never freed; free it (free / OPENSSL_free) when you no longer need it.`;
	return {
		kind: 'leak',
		line: b.allocatedLine ?? 0,
		object,
		allocatedLine: b.allocatedLine,
		freedLine: null,
		explanation,
		text: `==LEAK: ${describeBlock(b)} allocated at ${fileName}:${b.allocatedLine} is never freed\n`
	};
}

export function objectLeak(o: LiveObject, fileName: string): MemoryReport {
	const at = o.createdLine !== null ? ` created at ${fileName}:${o.createdLine}` : '';
	const explanation = `${o.key}${at} is still alive at exit${o.holders ? ` (references: ${o.holders})` : ''}; every reference the program owns must be released with its *_free function.`;
	return {
		kind: 'leak',
		line: o.createdLine ?? 0,
		object: o.key,
		allocatedLine: o.createdLine,
		freedLine: null,
		explanation,
		text: `==LEAK: ${o.key}${at} is never freed${o.holders ? ` (references: ${o.holders})` : ''}\n`
	};
}

function wrap(s: string, width = 96): string[] {
	const lines: string[] = [];
	for (const para of s.split('\n')) {
		let cur = '';
		for (const w of para.split(' ')) {
			if (cur && cur.length + w.length + 1 > width) {
				lines.push(cur);
				cur = w;
			} else cur = cur ? `${cur} ${w}` : w;
		}
		lines.push(cur);
	}
	return lines;
}
