/** Diagnostic collection, offset → line/column spans, and the C-compiler style formatter. */
import type { Diagnostic } from '../step-view';
import type { Span } from './ast';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';

export const MAX_ERRORS = 100;
/** Warnings stop being collected past this many diagnostics in all. */
export const MAX_DIAGNOSTICS = 200;

/** Maps offsets to 1-based line/column (columns count UTF-16 units, as editors and gcc's ASCII columns do). */
export class LineMap {
	private readonly starts: number[] = [0];
	constructor(readonly source: string) {
		for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
	}
	position(offset: number): { line: number; col: number } {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, col: offset - this.starts[lo] + 1 };
	}
	span(from: number, to: number): Span {
		const a = this.position(from);
		const b = this.position(Math.max(from, to));
		return { line: a.line, col: a.col, endLine: b.line, endCol: b.col, from, to: Math.max(from, to) };
	}
}

/** Collects diagnostics; stops accepting errors after MAX_ERRORS (with one SC0903). */
export class Diagnostics {
	readonly list: Diagnostic[] = [];
	private errors = 0;
	constructor(readonly lines: LineMap) {}

	get errorCount(): number {
		return this.errors;
	}
	get full(): boolean {
		return this.errors >= MAX_ERRORS;
	}
	report(code: DiagnosticCode, message: string, span: Span, severity: 'error' | 'warning' = DIAGNOSTIC_CODES[code].severity): void {
		if (this.errors > MAX_ERRORS) return;
		if (severity === 'warning' && this.list.length >= MAX_DIAGNOSTICS) return;
		if (severity === 'error') {
			this.errors++;
			if (this.errors > MAX_ERRORS) {
				this.list.push({ code: 'SC0903', severity: 'error', message: `too many errors (stopped after ${MAX_ERRORS})`, span: plain(span) });
				return;
			}
		}
		// Several fix-ups can report the same place; keep the first message.
		if (this.list.some((d) => d.code === code && d.span.line === span.line && d.span.col === span.col)) return;
		this.list.push({ code, severity, message, span: plain(span) });
	}
	at(code: DiagnosticCode, message: string, from: number, to: number, severity?: 'error' | 'warning'): void {
		this.report(code, message, this.lines.span(from, to), severity);
	}
}

function plain(s: Span): Span {
	return { line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol, from: s.from, to: s.to };
}

/** `FILE.c:LINE:COL: error: message [SC0401]`, as gcc prints it (with the code appended). */
export function formatDiagnostic(d: Diagnostic, fileName: string): string {
	return `${fileName}:${d.span.line}:${d.span.col}: ${d.severity}: ${d.message} [${d.code}]`;
}

/** Sorts by position, errors and warnings interleaved as a compiler prints them. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return [...list].sort((a, b) => a.span.line - b.span.line || a.span.col - b.span.col);
}
