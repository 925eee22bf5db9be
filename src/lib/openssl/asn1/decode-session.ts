/**
 * One-call decode used by tests, the PEM reader and stateless tickets: parse, then apply onto a base
 * (a fresh session's fields, or the fields of a session being reused).
 */
import { copySessionFields, type SessionFields } from '../session-fields';
import type { ErrCode } from './err-codes';
import { applySessionDer, parseSessionDer } from './session-d2i';

export type DecodeResult =
	/** Parsed and accepted: `fields` is the decoded session. */
	| { readonly ok: true; readonly fields: SessionFields; readonly consumed: number }
	/**
	 * Rejected. `allocated` says whether OpenSSL got as far as creating the SSL_SESSION (ASN.1 parse
	 * succeeded, a semantic check failed): that is when `# new` + `# free` appear. `fields` is the
	 * base with whatever was copied before the failing check.
	 */
	| { readonly ok: false; readonly errors: ErrCode[]; readonly allocated: boolean; readonly fields: SessionFields | null };

export function decodeSession(der: Uint8Array, base: SessionFields, now: number): DecodeResult {
	const parsed = parseSessionDer(der);
	if (!parsed.ok) return { ok: false, errors: parsed.errors, allocated: false, fields: null };
	const fields = copySessionFields(base);
	const applied = applySessionDer(parsed.parsed, fields, now);
	if (!applied.ok) return { ok: false, errors: applied.errors, allocated: true, fields };
	return { ok: true, fields, consumed: parsed.consumed };
}
