/* Engine surface: SSL_CTX_ctrl / SSL_ctrl commands of the cache, statistics and version
 * macros, the sess_get_*_cb getters, SSL_clear_options, SSL_in_before, ex_data of SSL and
 * SSL_CTX (index 1 = the prelude's trace number, 0 = app_data). gcc evaluates printf
 * arguments right to left: several lines print a getter before the setter beside it. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static int on_new(SSL *ssl, SSL_SESSION *sess) { return 0; }
int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl, *c;
    printf("mode %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_GET_SESS_CACHE_MODE, 0, NULL));
    printf("setmode %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_MODE, SSL_SESS_CACHE_BOTH, NULL));
    printf("mode %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_GET_SESS_CACHE_MODE, 0, NULL));
    printf("size %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_GET_SESS_CACHE_SIZE, 0, NULL));
    printf("setsize -1 %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_SIZE, -1, NULL));
    printf("setsize 5 %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_SIZE, 5, NULL));
    printf("stats %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld\n",
        SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_NUMBER, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CONNECT, 0, NULL),
        SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CONNECT_GOOD, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CONNECT_RENEGOTIATE, 0, NULL),
        SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_ACCEPT, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_ACCEPT_GOOD, 0, NULL),
        SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_ACCEPT_RENEGOTIATE, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_HIT, 0, NULL),
        SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CB_HIT, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_MISSES, 0, NULL),
        SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_TIMEOUTS, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_CACHE_FULL, 0, NULL));
    printf("proto %ld %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_GET_MIN_PROTO_VERSION, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_GET_MAX_PROTO_VERSION, 0, NULL));
    printf("setmax %ld %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MAX_PROTO_VERSION, TLS1_2_VERSION, NULL), SSL_CTX_get_max_proto_version(ctx));
    printf("setmin13 %ld %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_3_VERSION, NULL), SSL_CTX_get_min_proto_version(ctx));
    printf("setmin ssl3 %d %d\n", SSL_CTX_set_min_proto_version(ctx, SSL3_VERSION), SSL_CTX_get_min_proto_version(ctx));
    printf("setmin 0x305 %d %d\n", SSL_CTX_set_min_proto_version(ctx, 0x305), SSL_CTX_get_min_proto_version(ctx));
    printf("setmin 0x200 %d %d\n", SSL_CTX_set_min_proto_version(ctx, 0x200), SSL_CTX_get_min_proto_version(ctx));
    printf("unknown %ld %ld %ld\n", SSL_CTX_ctrl(ctx, 9999, 0, NULL), SSL_CTX_ctrl(NULL, SSL_CTRL_SESS_NUMBER, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_MODE, 0, NULL));
    printf("readahead %ld %ld %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_GET_READ_AHEAD, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SET_READ_AHEAD, 1, NULL), SSL_CTX_get_read_ahead(ctx));
    printf("err %lu\n", ERR_get_error());
    printf("getcb %d\n", SSL_CTX_sess_get_new_cb(ctx) == on_new);
    SSL_CTX_sess_set_new_cb(ctx, on_new);
    printf("getcb %d\n", SSL_CTX_sess_get_new_cb(ctx) == on_new);
    ssl = SSL_new(ctx);
    c = SSL_new(cctx);
    printf("opts %d\n", SSL_get_options(ssl) == SSL_CTX_get_options(ctx));
    printf("clear %d\n", SSL_clear_options(ssl, SSL_OP_NO_TICKET) == (SSL_get_options(ssl)));
    printf("opt ticket %d\n", (SSL_set_options(ssl, SSL_OP_NO_TICKET) & SSL_OP_NO_TICKET) != 0);
    printf("clear ticket %d\n", (SSL_clear_options(ssl, SSL_OP_NO_TICKET) & SSL_OP_NO_TICKET) != 0);
    printf("ctx clear %d\n", (SSL_CTX_clear_options(ctx, SSL_OP_NO_TICKET) & SSL_OP_NO_TICKET) != 0);
    printf("before %d %d init %d %d fin %d %d server %d %d\n", SSL_in_before(ssl), SSL_in_before(c), SSL_in_init(ssl), SSL_in_init(c),
           SSL_is_init_finished(ssl), SSL_is_init_finished(c), SSL_is_server(ssl), SSL_is_server(c));
    printf("exdata %ld %ld %ld %ld %p %p\n", (long)SSL_get_ex_data(ssl, 1), (long)SSL_get_ex_data(c, 1), (long)SSL_CTX_get_ex_data(ctx, 1), (long)SSL_CTX_get_ex_data(cctx, 1), SSL_get_ex_data(ssl, 0), SSL_get_ex_data(ssl, 2));
    printf("set %d %d\n", SSL_set_ex_data(ssl, 0, (void *)42), SSL_CTX_set_ex_data(ctx, 0, (void *)43));
    printf("get %ld %ld %ld\n", (long)SSL_get_ex_data(ssl, 0), (long)SSL_get_app_data(ssl), (long)SSL_CTX_get_app_data(ctx));
    printf("set5 %d %ld\n", SSL_set_ex_data(ssl, 5, (void *)7), (long)SSL_get_ex_data(ssl, 5));
    printf("newidx %d %d %d\n", SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL), SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, NULL), SSL_SESSION_get_ex_new_index(0, NULL, NULL, NULL, NULL));
    printf("ssl ctrl %ld %ld\n", SSL_ctrl(ssl, SSL_CTRL_GET_MAX_PROTO_VERSION, 0, NULL), SSL_ctrl(ssl, SSL_CTRL_SET_MAX_PROTO_VERSION, TLS1_2_VERSION, NULL));
    connect_pair(c, ssl);
    printf("before %d %d init %d %d fin %d %d server %d %d\n", SSL_in_before(ssl), SSL_in_before(c), SSL_in_init(ssl), SSL_in_init(c),
           SSL_is_init_finished(ssl), SSL_is_init_finished(c), SSL_is_server(ssl), SSL_is_server(c));
    printf("stats %ld %ld %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_NUMBER, 0, NULL), SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_ACCEPT, 0, NULL), SSL_CTX_ctrl(cctx, SSL_CTRL_SESS_CONNECT_GOOD, 0, NULL));
    shutdown_pair(c, ssl);
    SSL_free(ssl); SSL_free(c);
    SSL_CTX_free(ctx); SSL_CTX_free(cctx);
    return 0;
}
