/**
 * <session-lab-example>: a custom element any page can use with one script tag.
 *
 *   <script src="https://HOST/BASE/session-lab-example.js" defer></script>
 *   <session-lab-example step="4" theme="dark">
 *     <script type="text/x-c">  ...C program...  </script>
 *   </session-lab-example>
 *   <session-lab-example src="/examples/cache.c"></session-lab-example>
 *
 * It renders the site's /embed/ route in a sandboxed iframe (same engine, same component as the
 * docs) and forwards the typed postMessage API: element.run(), .step(delta), .seek(k), .reset(),
 * .load(source); it re-dispatches the embed's events as DOM CustomEvents ('session-lab:ready',
 * 'session-lab:step-changed', 'session-lab:finished', 'session-lab:fault'). The program is read as
 * text and travels in the iframe URL's fragment: nothing from the page is ever parsed as HTML.
 */
import { encodeShareLink } from './share-link';
import { envelope, parseEmbedEvent, type EmbedCommand } from './messages';

/**
 * Where the embed lives: the directory this script was loaded from. The file is built as a classic
 * script (IIFE), because a cross-origin module script needs CORS headers many static hosts do not
 * send; a classic script knows its own URL through document.currentScript while it first runs.
 */
const ownScript = typeof document === 'undefined' ? null : document.currentScript;
const siteRoot = new URL('./', ownScript instanceof HTMLScriptElement && ownScript.src ? ownScript.src : location.href);

const MAX_SOURCE = 256 * 1024;

export class SessionLabExample extends HTMLElement {
	static observedAttributes = ['src', 'step', 'theme', 'autoplay', 'readonly', 'height'];
	#frame: HTMLIFrameElement | null = null;
	#queue: EmbedCommand[] = [];
	#ready = false;
	#onMessage = (e: MessageEvent) => this.#receive(e);

	connectedCallback() {
		window.addEventListener('message', this.#onMessage);
		void this.#render();
	}

	disconnectedCallback() {
		window.removeEventListener('message', this.#onMessage);
	}

	attributeChangedCallback() {
		if (this.isConnected && this.#frame) void this.#render();
	}

	run() { this.#send({ type: 'run' }); }
	step(delta = 1) { this.#send({ type: 'step', delta }); }
	seek(step: number) { this.#send({ type: 'seek', step }); }
	reset() { this.#send({ type: 'reset' }); }
	load(source: string) { this.#send({ type: 'load', source: String(source).slice(0, MAX_SOURCE) }); }

	async #source(): Promise<string> {
		const src = this.getAttribute('src');
		if (src) {
			const res = await fetch(new URL(src, document.baseURI));
			if (!res.ok) throw new Error(`could not load ${src}: HTTP ${res.status}`);
			return (await res.text()).slice(0, MAX_SOURCE);
		}
		const inline = this.querySelector('script[type="text/x-c"], template');
		const text = inline instanceof HTMLTemplateElement ? inline.content.textContent : inline?.textContent;
		return dedent(text ?? this.getAttribute('code') ?? '').slice(0, MAX_SOURCE);
	}

	async #render() {
		let source: string;
		try {
			source = await this.#source();
		} catch (e) {
			this.#showError(e instanceof Error ? e.message : String(e));
			return;
		}
		const params = new URLSearchParams();
		const step = this.getAttribute('step');
		if (step && /^\d{1,9}$/.test(step)) params.set('step', step);
		const theme = this.getAttribute('theme');
		if (theme === 'light' || theme === 'dark') params.set('theme', theme);
		if (this.hasAttribute('autoplay')) params.set('autoplay', '1');
		if (this.hasAttribute('readonly')) params.set('readonly', '1');
		params.set('origin', location.origin);
		const url = new URL(`embed/?${params}`, siteRoot);
		url.hash = `code=${encodeShareLink({ source, step: null })}`;
		const frame = this.#frame ?? document.createElement('iframe');
		frame.title = this.getAttribute('title') ?? 'Session Lab example';
		frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups'); // popups: the embed's "Open in playground" link
		frame.setAttribute('loading', 'lazy');
		frame.style.cssText = `width:100%;border:1px solid #cbd5e1;border-radius:8px;height:${safeHeight(this.getAttribute('height'))}`;
		this.#ready = false;
		frame.src = url.href;
		if (!this.#frame) {
			this.#frame = frame;
			this.replaceChildren(frame);
		}
	}

	#showError(message: string) {
		const p = document.createElement('p');
		p.textContent = `Session Lab: ${message}`; // textContent: never HTML
		this.replaceChildren(p);
	}

	#send(command: EmbedCommand) {
		if (!this.#ready || !this.#frame?.contentWindow) {
			this.#queue.push(command);
			return;
		}
		this.#frame.contentWindow.postMessage(envelope(command), siteRoot.origin);
	}

	#receive(e: MessageEvent) {
		if (!this.#frame || e.source !== this.#frame.contentWindow || e.origin !== siteRoot.origin) return;
		const event = parseEmbedEvent(e.data);
		if (!event) return;
		if (event.type === 'ready') {
			this.#ready = true;
			for (const c of this.#queue.splice(0)) this.#send(c);
		}
		this.dispatchEvent(new CustomEvent(`session-lab:${event.type}`, { detail: event, bubbles: true }));
	}
}

function safeHeight(h: string | null): string {
	return h && /^\d{2,4}(px|vh|rem|em)?$/.test(h) ? (/\d$/.test(h) ? `${h}px` : h) : '560px';
}

/** Remove the common indentation of inline code blocks. */
function dedent(text: string): string {
	const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
	const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
	const cut = indents.length ? Math.min(...indents) : 0;
	return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

if (typeof customElements !== 'undefined' && !customElements.get('session-lab-example')) {
	customElements.define('session-lab-example', SessionLabExample);
}
