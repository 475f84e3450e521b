#define _POSIX_C_SOURCE 200809L
#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

lc_read_status lc_read_file(const char *path, size_t max_bytes, char **out, size_t *out_len) {
    *out = NULL;
    *out_len = 0;
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return errno == ENOENT ? LC_READ_NOT_FOUND : LC_READ_IO;
    size_t cap = 4096, len = 0;
    char *data = malloc(cap);
    lc_read_status st = LC_READ_OK;
    if (!data) st = LC_READ_NOMEM;
    while (st == LC_READ_OK) {
        if (cap - len < 2) {
            char *grown = realloc(data, cap * 2);
            if (!grown) {
                st = LC_READ_NOMEM;
                break;
            }
            data = grown;
            cap *= 2;
        }
        size_t n = fread(data + len, 1, cap - len - 1, f);
        len += n;
        if (max_bytes && len > max_bytes) {
            st = LC_READ_TOO_BIG;
            break;
        }
        if (n == 0) {
            if (ferror(f)) st = LC_READ_IO;
            break;
        }
    }
    int saved = errno;
    if (f != stdin) fclose(f);
    if (st != LC_READ_OK) {
        free(data);
        errno = saved;
        return st;
    }
    data[len] = '\0';
    *out = data;
    *out_len = len;
    return LC_READ_OK;
}

int lc_atomic_open(lc_atomic_file *af, const char *path) {
    *af = (lc_atomic_file){0};
    size_t plen = strlen(path);
    af->path = strdup(path);
    af->tmp = malloc(plen + 16);
    if (!af->path || !af->tmp) {
        lc_atomic_abort(af);
        return ENOMEM;
    }
    /* mkstemp in the target's directory, so rename() never crosses filesystems */
    memcpy(af->tmp, path, plen);
    memcpy(af->tmp + plen, ".tmp.XXXXXX", 12);
    int fd = mkstemp(af->tmp);
    if (fd < 0) {
        int e = errno;
        free(af->tmp);
        af->tmp = NULL;
        lc_atomic_abort(af);
        return e;
    }
    if (fchmod(fd, 0644) != 0 || !(af->f = fdopen(fd, "wb"))) {
        int e = errno;
        close(fd);
        lc_atomic_abort(af);
        return e;
    }
    return 0;
}

int lc_atomic_write(lc_atomic_file *af, const char *data, size_t len) {
    if (!af->err && len && fwrite(data, 1, len, af->f) != len) af->err = errno ? errno : EIO;
    return af->err;
}

/* After the rename, the directory entry itself must reach the disk for the
 * new file to survive a crash. */
static void sync_parent_dir(const char *path) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
    if (!dir) return;
    int fd = open(dir, O_RDONLY);
    if (fd >= 0) {
        fsync(fd); /* best effort: some filesystems refuse fsync on directories */
        close(fd);
    }
    free(dir);
}

int lc_atomic_commit(lc_atomic_file *af) {
    int err = af->err;
    if (!err && fflush(af->f) != 0) err = errno;
    if (!err && fsync(fileno(af->f)) != 0) err = errno;
    if (fclose(af->f) != 0 && !err) err = errno;
    af->f = NULL;
    if (!err && rename(af->tmp, af->path) != 0) err = errno;
    if (!err) {
        sync_parent_dir(af->path);
        free(af->tmp);
        af->tmp = NULL;
    }
    lc_atomic_abort(af);
    return err;
}

void lc_atomic_abort(lc_atomic_file *af) {
    if (af->f) fclose(af->f);
    if (af->tmp) unlink(af->tmp);
    free(af->tmp);
    free(af->path);
    *af = (lc_atomic_file){0};
}

int lc_write_file_atomic(const char *path, const char *data, size_t len) {
    lc_atomic_file af;
    int err = lc_atomic_open(&af, path);
    if (err) return err;
    lc_atomic_write(&af, data, len);
    return lc_atomic_commit(&af);
}

bool lc_is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool lc_is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}
