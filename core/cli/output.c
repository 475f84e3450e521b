/* output.c: where a verb's finished document goes. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../util/fileio.h"
#include "cli.h"

int cli_write_output(const char *path, const char *data, size_t len) {
    if (path) {
        int err = lc_write_file_atomic(path, data, len);
        if (err) fprintf(stderr, "latecomer: cannot write %s: %s\n", path, strerror(err));
        return err ? EXIT_INTERNAL : EXIT_OK;
    }
    if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
        fprintf(stderr, "latecomer: cannot write the output: %s\n", strerror(errno));
        clearerr(stdout); /* said: main need not say it again */
        return EXIT_INTERNAL;
    }
    return EXIT_OK;
}
