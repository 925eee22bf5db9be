/* Session id context: SSL_new copies the context's; SSL_set_session_id_context
 * changes one SSL only; the server session records the SSL's value; a server
 * SSL with a different id context silently refuses to resume (full handshake,
 * no error) while the same context resumes. TLS 1.2 ids. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static void show(const char *label, SSL_SESSION *s) {
    unsigned int len;
    const unsigned char *ctx = SSL_SESSION_get0_id_context(s, &len);
    printf("%s id context \"%.*s\" (%u)\n", label, (int)len, (const char *)ctx, len);
}

static int attempt(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *saved, const char *sidctx) {
    SSL *c = SSL_new(cctx);
    SSL *s = SSL_new(sctx);
    int r, reused;
    if (sidctx != NULL)
        SSL_set_session_id_context(s, (const unsigned char *)sidctx, strlen(sidctx));
    if (saved != NULL)
        SSL_set_session(c, saved);
    r = connect_pair(c, s);
    reused = SSL_session_reused(s);
    printf("connect_pair -> %d reused %d\n", r, reused);
    show("  server session", SSL_get0_session(s));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    return reused;
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *saved;
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"alpha", 5);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    show("server", SSL_get0_session(s));
    show("client", SSL_get0_session(c));
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf(">> same context\n");
    attempt(cctx, sctx, saved, NULL);
    printf(">> server SSL with context \"beta\"\n");
    attempt(cctx, sctx, saved, "beta");
    printf(">> server SSL with context \"alpha\" set explicitly\n");
    attempt(cctx, sctx, saved, "alpha");
    printf("server hits %ld misses %ld number %ld\n", SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx),
           SSL_CTX_sess_number(sctx));
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
