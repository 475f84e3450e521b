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

int lc_write_file_atomic(const char *path, const char *data, size_t len) {
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 16);
    if (!tmp) return ENOMEM;
    /* mkstemp in the target's directory, so rename() never crosses filesystems */
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp.XXXXXX", 12);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return e;
    }
    int err = 0;
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(fd, data + off, len - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            err = errno;
            break;
        }
        off += (size_t)n;
    }
    if (!err && fchmod(fd, 0644) != 0) err = errno;
    if (!err && fsync(fd) != 0) err = errno;
    if (close(fd) != 0 && !err) err = errno;
    if (!err && rename(tmp, path) != 0) err = errno;
    if (err) unlink(tmp);
    free(tmp);
    return err;
}

bool lc_is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool lc_is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}
