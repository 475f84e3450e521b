/* fileio.h: whole-file reads with a size cap, and atomic writes. */
#ifndef LC_FILEIO_H
#define LC_FILEIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

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

/* The same, streamed: output too large to hold in memory (NDJSON batches)
 * goes to the temporary file as it is produced; commit makes it PATH in one
 * rename, abort removes it. Each returns 0 or an errno value; after a
 * failed write, commit aborts and returns the first error. */
typedef struct lc_atomic_file {
    char *path, *tmp;
    FILE *f;
    int err;
} lc_atomic_file;

int lc_atomic_open(lc_atomic_file *af, const char *path);
int lc_atomic_write(lc_atomic_file *af, const char *data, size_t len);
int lc_atomic_commit(lc_atomic_file *af);
void lc_atomic_abort(lc_atomic_file *af);

bool lc_is_dir(const char *path);
bool lc_is_file(const char *path);

#endif
