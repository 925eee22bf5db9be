/**
 * The worker's request handler, kept free of worker globals so Node tests can drive it directly.
 * Holds the recording of the last run for view(k).
 */
import { compile } from '../front/compile';
import { engineEnvironment } from '../engine-env';
import { runProgram } from '../runner';
import type { Recording } from '../recording';
import type { LabReply, LabRequest } from './protocol';
import { DEFAULT_MAX_MILLIS, DEFAULT_MAX_STEPS, DEFAULT_NOW } from './protocol';

export function createHandler(): (req: LabRequest) => LabReply {
	let recording: Recording | null = null;
	return (req) => {
		try {
			switch (req.type) {
				case 'load': {
					const env = engineEnvironment(DEFAULT_NOW, 'trace');
					return { id: req.id, ok: true, value: compile(req.source, req.fileName ?? 'snippet.c', env.library).diagnostics };
				}
				case 'run': {
					const o = req.options ?? {};
					const res = runProgram(req.source, {
						now: o.now ?? DEFAULT_NOW,
						trace: o.trace ?? true,
						maxSteps: o.maxSteps ?? DEFAULT_MAX_STEPS,
						maxMillis: o.maxMillis ?? DEFAULT_MAX_MILLIS,
						fileName: o.fileName ?? 'snippet.c',
						record: true
					});
					recording = res.recording;
					return { id: req.id, ok: true, value: res.summary };
				}
				case 'view': {
					if (!recording) throw new Error('no recorded run: call run() first');
					return { id: req.id, ok: true, value: recording.view(req.step) };
				}
			}
		} catch (e) {
			return { id: (req as { id: number }).id, ok: false, error: e instanceof Error ? e.message : String(e) };
		}
	};
}
