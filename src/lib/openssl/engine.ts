/** One import for the other engine parts (handshake, asn1) and the bindings. */
export { World, type RecordMode, type WorldOptions, type CipherRegistry, type QueuedError } from './world';
export type { EngineEvent, ObjectView, CacheRemoveReason } from './events';
export { describeEvent, holderPhrase } from './describe';
export { EngineFault, type EngineFaultKind } from './faults';
export { SslCtx, STAT_NAMES, type StatName, type NewSessionCb, type RemoveSessionCb, type GetSessionCb, type EngineCallback } from './objects/ctx';
export { Ssl, type SslSide, type HandshakeState } from './objects/ssl';
export { SslSession, compareExpiry } from './objects/session';
export { SslMethod, TLS_METHOD, TLS_CLIENT_METHOD, TLS_SERVER_METHOD, METHOD_DEFAULT_TIMEOUT } from './objects/method';
export { takeRef, releaseRef, moveRef, noteBorrow, assertAlive, fault, ownershipStory } from './ledger';
export { sessionNew, sessionDup, sessionSetTime, sessionSetTimeout, sessionChanged, type HolderSpec } from './session-ops';
export { ctxNew, sessionTimeoutFor } from './ctx-ops';
export {
	sslNew,
	sslSetSession,
	sslClear,
	sslSetSslCtx,
	sslCopySessionId,
	badSessionCheck,
	setSessionSlot,
	installSession,
	resetMethod,
	sslFreeHooks,
	sslClearHooks
} from './ssl-ops';
export { cacheAdd, removeEntry, cacheFlush, cacheFind, cacheNumber } from './cache/ops';
export { hashCode, SessionHash } from './cache/hash';
export { incStat, callNewCb, callRemoveCb, callGetCb, announceNewSession } from './cache/callbacks';
export * as C from './constants';
