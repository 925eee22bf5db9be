/// <reference lib="webworker" />
/** The lab worker: compiles, runs and records snippets off the main thread (see client.ts). */
import { createHandler } from './handler';
import type { LabRequest } from './protocol';

const handle = createHandler();
self.onmessage = (ev: MessageEvent<LabRequest>) => {
	self.postMessage(handle(ev.data));
};
