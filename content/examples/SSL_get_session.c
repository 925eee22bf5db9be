/* get0 borrows, get1 owns: only the get1 pointer outlives the SSL. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *borrowed, *owned;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("before the handshake: %s\n", SSL_get1_session(c) ? "session" : "NULL");
    connect_pair(c, s);
    borrowed = SSL_get0_session(c);      /* no reference: do not free */
    owned = SSL_get1_session(c);         /* one reference: ours to free */
    printf("same object: %d (#%ld)\n", borrowed == owned, (long)SSL_SESSION_get_ex_data(owned, 1));
    printf("SSL_get_session is the same call: %d\n", SSL_get_session(c) == borrowed);

    shutdown_pair(c, s);
    printf("SSL_free(client)\n");
    SSL_free(c);                          /* 'borrowed' must not be used after this */
    printf("owned is still valid: resumable=%d\n", SSL_SESSION_is_resumable(owned));
    SSL_SESSION_free(owned);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
