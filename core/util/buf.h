/* buf.h: growable byte buffer, always NUL-terminated. */
#ifndef LC_BUF_H
#define LC_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct lc_buf {
    char *data;
    size_t len, cap;
    bool oom; /* sticky: once an append fails, the buffer is unusable */
} lc_buf;

void lc_buf_init(lc_buf *b);
void lc_buf_free(lc_buf *b);
void lc_buf_reset(lc_buf *b);
bool lc_buf_append(lc_buf *b, const char *s, size_t n);
bool lc_buf_puts(lc_buf *b, const char *s);
bool lc_buf_putc(lc_buf *b, char c);
bool lc_buf_printf(lc_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
bool lc_buf_vprintf(lc_buf *b, const char *fmt, va_list ap);
/* Transfers ownership of the string to the caller (never NULL unless oom). */
char *lc_buf_steal(lc_buf *b);

#endif
