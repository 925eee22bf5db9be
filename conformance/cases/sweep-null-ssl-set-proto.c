/* Sweep (null-args): SSL_set_max_proto_version is a macro over SSL_ctrl, which
 * does not check its SSL: NULL is a null dereference (the SSL_CTX_ form returns 0). */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    printf("SSL_CTX_set_max_proto_version(NULL) -> %d\n", SSL_CTX_set_max_proto_version(NULL, TLS1_2_VERSION));
    printf("SSL_CTX_get_max_proto_version(NULL) -> %d\n", SSL_CTX_get_max_proto_version(NULL));
    printf("now SSL_set_max_proto_version(NULL)\n");
    printf("%d\n", SSL_set_max_proto_version(NULL, TLS1_2_VERSION));
    printf("not reached\n");
    return 0;
}
