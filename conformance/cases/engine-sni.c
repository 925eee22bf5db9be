/* SNI without a servername callback: the server does not acknowledge the name, so no session
 * stores it (get0_hostname NULL); SSL_get_servername reports the SSL's own / received name, and a
 * resumed TLS 1.2 server the session's (NULL). gcc evaluates printf arguments right to left. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static const char *h(SSL_SESSION *s) { const char *x = s ? SSL_SESSION_get0_hostname(s) : "nosess"; return x ? x : "(null)"; }
static const char *sn(SSL *s) { const char *x = SSL_get_servername(s, TLSEXT_NAMETYPE_host_name); return x ? x : "(null)"; }

static void run(int v, const char *name2) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *cs;
    SSL_CTX_set_max_proto_version(cctx, v);
    c = SSL_new(cctx); s = SSL_new(sctx);
    printf("set %d\n", SSL_set_tlsext_host_name(c, "example.com"));
    printf("before: c=%s s=%s\n", sn(c), sn(s));
    printf("connect %d\n", connect_pair(c, s));
    printf("after: c=%s s=%s csess=%s ssess=%s\n", sn(c), sn(s), h(SSL_get_session(c)), h(SSL_get_session(s)));
    cs = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    c = SSL_new(cctx); s = SSL_new(sctx);
    SSL_set_session(c, cs);
    if (name2) SSL_set_tlsext_host_name(c, name2);
    printf("resume %d reused %d\n", connect_pair(c, s), SSL_session_reused(c));
    printf("after: c=%s s=%s csess=%s ssess=%s\n", sn(c), sn(s), h(SSL_get_session(c)), h(SSL_get_session(s)));
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    SSL_SESSION_free(cs);
    SSL_CTX_free(sctx); SSL_CTX_free(cctx);
}

int main(void) {
    run(TLS1_2_VERSION, NULL);
    run(TLS1_2_VERSION, "other.org");
    run(TLS1_3_VERSION, NULL);
    run(TLS1_3_VERSION, "other.org");
    return 0;
}
