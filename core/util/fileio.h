/* fileio.h: whole-file reads with a size cap, and atomic writes. */
#ifndef LC_FILEIO_H
#define LC_FILEIO_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    LC_READ_OK = 0,
    LC_READ_NOT_FOUND,
    LC_READ_IO,      /* errno is set */
    LC_READ_TOO_BIG, /* larger than max_bytes */
    LC_READ_NOMEM,
} lc_read_status;

/* Reads PATH ("-" is stdin) into a NUL-terminated malloc'd buffer.
 * max_bytes == 0 means no cap. */
lc_read_status lc_read_file(const char *path, size_t max_bytes, char **out, size_t *out_len);

/* Writes DATA to PATH atomically: a temporary file in the same directory,
 * fsync, then rename. On failure PATH is untouched and no temporary remains.
 * Returns 0 or an errno value. */
int lc_write_file_atomic(const char *path, const char *data, size_t len);

bool lc_is_dir(const char *path);
bool lc_is_file(const char *path);

#endif
