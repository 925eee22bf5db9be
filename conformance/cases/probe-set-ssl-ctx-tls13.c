/* TLS 1.3 server SSL moved with SSL_set_SSL_CTX before the handshake: tickets
 * and new_cb/remove_cb/caching follow session_ctx (the original context),
 * accept and accept_good are counted on the new one, and num_tickets stays
 * what SSL_new copied. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static int on_new_a(SSL *ssl, SSL_SESSION *sess) {
    printf("[ctx A new_cb] #%ld\n", num(sess));
    return 0;
}
static int on_new_b(SSL *ssl, SSL_SESSION *sess) {
    printf("[ctx B new_cb] #%ld\n", num(sess));
    return 0;
}
static void on_remove_a(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[ctx A remove_cb] #%ld\n", num(sess)); }
static void on_remove_b(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[ctx B remove_cb] #%ld\n", num(sess)); }

int main(void) {
    SSL_CTX *a = SSL_CTX_new(TLS_server_method());
    SSL_CTX *b = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int r;
    SSL_CTX_sess_set_new_cb(a, on_new_a);
    SSL_CTX_sess_set_new_cb(b, on_new_b);
    SSL_CTX_sess_set_remove_cb(a, on_remove_a);
    SSL_CTX_sess_set_remove_cb(b, on_remove_b);
    SSL_CTX_set_num_tickets(a, 1);
    SSL_CTX_set_num_tickets(b, 3);
    c = SSL_new(cctx);
    s = SSL_new(a);
    printf("set_SSL_CTX returned b: %d\n", SSL_set_SSL_CTX(s, b) == b);
    printf("get_SSL_CTX is b: %d\n", SSL_get_SSL_CTX(s) == b);
    r = connect_pair(c, s);
    printf("connect_pair -> %d\n", r);
    printf("A: accept %ld accept_good %ld number %ld; B: accept %ld accept_good %ld number %ld\n", SSL_CTX_sess_accept(a),
           SSL_CTX_sess_accept_good(a), SSL_CTX_sess_number(a), SSL_CTX_sess_accept(b), SSL_CTX_sess_accept_good(b),
           SSL_CTX_sess_number(b));
    shutdown_pair(c, s);
    SSL_free(c);
    printf(">> free A (the SSL still holds it)\n");
    SSL_CTX_free(a);
    printf(">> free the server SSL\n");
    SSL_free(s);
    printf(">> free B and the client context\n");
    SSL_CTX_free(b);
    SSL_CTX_free(cctx);
    return 0;
}
