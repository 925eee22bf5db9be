/* get_session_cb in TLS 1.3 stateful mode (server SSL_OP_NO_TICKET) with
 * SSL_SESS_CACHE_NO_INTERNAL_LOOKUP: the callback receives the 32-byte ticket
 * as the id. Returning the kept session (copy left at 1) resumes; the result
 * is added to the internal cache (already there: no change). */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_SESSION *store;

static int on_new(SSL *ssl, SSL_SESSION *sess) {
    unsigned int len;
    SSL_SESSION_get_id(sess, &len);
    printf("[server new_cb] #%ld id len %u\n", num(sess), len);
    if (store != NULL)
        SSL_SESSION_free(store);
    store = sess;
    return 1;
}
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) {
    unsigned int slen;
    const unsigned char *sid = SSL_SESSION_get_id(store, &slen);
    int same = (unsigned int)len == slen && memcmp(id, sid, slen) == 0;
    printf("[server get_cb] len %d copy %d matches the last stored id %d\n", len, *copy, same);
    return same ? store : NULL;
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int r;
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_LOOKUP);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_get_cb(sctx, on_get);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d, server cache %ld\n", r, SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d/%d\n", r, SSL_session_reused(c), SSL_session_reused(s));
    printf("server: hits %ld cb_hits %ld misses %ld cache %ld\n", SSL_CTX_sess_hits(sctx), SSL_CTX_sess_cb_hits(sctx),
           SSL_CTX_sess_misses(sctx), SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    printf(">> free the server context, then the stored session\n");
    SSL_CTX_free(sctx);
    SSL_SESSION_free(store);
    SSL_CTX_free(cctx);
    return 0;
}
