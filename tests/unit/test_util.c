/* Unit tests: arena, buffer, diagnostics, atomic writes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/fileio.h"

static void arena_allocates_aligned_zeroed_memory(void **state) {
    (void)state;
    lc_arena a;
    lc_arena_init(&a);
    for (int i = 0; i < 1000; i++) {
        unsigned char *p = lc_arena_alloc(&a, (size_t)(i % 37) + 1);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
        for (int k = 0; k < i % 37 + 1; k++)
            assert_int_equal(p[k], 0);
    }
    char *big = lc_arena_alloc(&a, 100000); /* larger than a chunk */
    assert_non_null(big);
    assert_string_equal(lc_arena_strdup(&a, "hello"), "hello");
    lc_arena_free(&a);
}

/* A size so large that rounding it up would wrap around must fail, not
 * hand out a small block the caller believes is huge. */
static void arena_refuses_sizes_that_would_wrap(void **state) {
    (void)state;
    lc_arena a;
    lc_arena_init(&a);
    assert_null(lc_arena_alloc(&a, SIZE_MAX));
    assert_null(lc_arena_alloc(&a, SIZE_MAX - 8));
    assert_null(a.head); /* nothing was allocated for them */
    assert_non_null(lc_arena_alloc(&a, 1));
    lc_arena_free(&a);
}

static void buf_grows_and_formats(void **state) {
    (void)state;
    lc_buf b;
    lc_buf_init(&b);
    for (int i = 0; i < 1000; i++)
        assert_true(lc_buf_printf(&b, "%d,", i));
    assert_int_equal(strncmp(b.data, "0,1,2,", 6), 0);
    assert_int_equal(b.len, strlen(b.data));
    char *s = lc_buf_steal(&b);
    assert_non_null(s);
    assert_null(b.data);
    free(s);
}

/* An append whose length would wrap the capacity arithmetic fails and marks
 * the buffer out of memory (it used to loop forever doubling a zero). */
static void buf_refuses_lengths_that_would_wrap(void **state) {
    (void)state;
    lc_buf b;
    lc_buf_init(&b);
    assert_true(lc_buf_puts(&b, "kept"));
    assert_false(lc_buf_append(&b, "x", SIZE_MAX - 2));
    assert_true(b.oom);
    assert_false(lc_buf_puts(&b, "more")); /* sticky */
    assert_null(lc_buf_steal(&b));
}

static void diags_sort_by_position_and_format(void **state) {
    (void)state;
    lc_diags d;
    lc_diags_init(&d);
    lc_diags_add(&d, LC_DIAG_ERROR, "p.yaml", 9, 2, "late (expected %s)", "x");
    lc_diags_add(&d, LC_DIAG_WARNING, "p.yaml", 3, 7, "early");
    lc_diags_add(&d, LC_DIAG_ERROR, "p.yaml", 3, 1, "first");
    lc_diags_sort(&d);
    assert_int_equal(d.errors, 2);
    assert_int_equal(d.warnings, 1);
    char *line = lc_diag_format(&d.items[0]);
    assert_string_equal(line, "p.yaml:3:1: error: first");
    free(line);
    line = lc_diag_format(&d.items[1]);
    assert_string_equal(line, "p.yaml:3:7: warning: early");
    free(line);
    line = lc_diag_format(&d.items[2]);
    assert_string_equal(line, "p.yaml:9:2: error: late (expected x)");
    free(line);
    lc_diags_free(&d);
}

static void atomic_write_replaces_whole_file(void **state) {
    (void)state;
    char dir[] = "/tmp/lc-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/out.json", dir);
    assert_int_equal(lc_write_file_atomic(path, "old\n", 4), 0);
    assert_int_equal(lc_write_file_atomic(path, "new content\n", 12), 0);
    char *data;
    size_t len;
    assert_int_equal(lc_read_file(path, 0, &data, &len), LC_READ_OK);
    assert_string_equal(data, "new content\n");
    free(data);
    /* a write into a missing directory fails and leaves nothing behind */
    char bad[300];
    snprintf(bad, sizeof bad, "%s/missing/out.json", dir);
    assert_int_not_equal(lc_write_file_atomic(bad, "x", 1), 0);
    assert_int_equal(unlink(path), 0);
    assert_int_equal(rmdir(dir), 0); /* fails if a temporary was left */
}

static void read_file_enforces_cap(void **state) {
    (void)state;
    char path[] = "/tmp/lc-cap-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    char block[1000];
    memset(block, 'a', sizeof block);
    for (int i = 0; i < 10; i++)
        assert_int_equal(write(fd, block, sizeof block), 1000);
    close(fd);
    char *data;
    size_t len;
    assert_int_equal(lc_read_file(path, 5000, &data, &len), LC_READ_TOO_BIG);
    assert_int_equal(lc_read_file(path, 10000, &data, &len), LC_READ_OK);
    assert_int_equal(len, 10000);
    free(data);
    assert_int_equal(lc_read_file("/nonexistent/x", 0, &data, &len), LC_READ_NOT_FOUND);
    unlink(path);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_allocates_aligned_zeroed_memory),
        cmocka_unit_test(arena_refuses_sizes_that_would_wrap),
        cmocka_unit_test(buf_grows_and_formats),
        cmocka_unit_test(buf_refuses_lengths_that_would_wrap),
        cmocka_unit_test(diags_sort_by_position_and_format),
        cmocka_unit_test(atomic_write_replaces_whole_file),
        cmocka_unit_test(read_file_enforces_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
