/* Turn on client caching and watch the client's cache fill. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;

    printf("default modes: server %ld client %ld\n", SSL_CTX_get_session_cache_mode(sctx),
           SSL_CTX_get_session_cache_mode(cctx));
    printf("set client mode, previous %ld\n",
           SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT));

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    printf("cached: server %ld client %ld\n", SSL_CTX_sess_number(sctx), SSL_CTX_sess_number(cctx));

    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
