#include <openssl/ssl.h>
#include <stdio.h>

static void on_remove(int what) { }
int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    return 0;
}
