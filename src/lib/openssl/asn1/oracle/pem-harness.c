/* PEM_read_bio_SSL_SESSION probe for real OpenSSL (records on stdin separated by "%%" lines). */
#include <openssl/ssl.h>
#include <openssl/pem.h>
#include <openssl/err.h>
#include <stdio.h>
#include <string.h>
/* stdin: records separated by a line "%%"; each: PEM_read_bio result, bytes left, error queue */
int main(void){ static char buf[1<<16]; size_t n=fread(buf,1,sizeof buf-1,stdin); buf[n]=0;
 char *rec=buf; for(;;){ char *sep=strstr(rec,"%%\n"); if(sep)*sep=0;
  BIO*b=BIO_new(BIO_s_mem()); BIO_write(b,rec,strlen(rec)); ERR_clear_error();
  SSL_SESSION*s=PEM_read_bio_SSL_SESSION(b,NULL,NULL,NULL);
  printf("%s left=%d errs=", s?"OK":"NULL", (int)BIO_pending(b)); unsigned long e; while((e=ERR_get_error())) printf("%d:%d;",ERR_GET_LIB(e),ERR_GET_REASON(e)); printf("\n");
  if(s) SSL_SESSION_free(s); BIO_free(b); if(!sep)break; rec=sep+3;}
}
