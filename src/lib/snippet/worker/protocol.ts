/**
 * Messages between the main thread (client.ts) and the lab worker (worker.ts). Every request has an
 * id; the worker answers each with exactly one Reply carrying the same id. JSON-serializable.
 */
import type { Diagnostic, RunSummary, StepView } from '../step-view';

export interface LabRunOptions {
	/** Simulated clock start; default 1700000000 so pages are deterministic. */
	now?: number;
	/** Lifecycle lines in the output (as `session-lab run --trace`); default true. */
	trace?: boolean;
	maxSteps?: number;
	maxMillis?: number;
	fileName?: string;
}

export type LabRequest =
	| { id: number; type: 'load'; source: string; fileName?: string }
	| { id: number; type: 'run'; source: string; options?: LabRunOptions }
	| { id: number; type: 'view'; step: number };

export type LabReply = { id: number; ok: true; value: Diagnostic[] | RunSummary | StepView } | { id: number; ok: false; error: string };

export const DEFAULT_NOW = 1_700_000_000;
export const DEFAULT_MAX_STEPS = 5_000_000;
export const DEFAULT_MAX_MILLIS = 10_000;
