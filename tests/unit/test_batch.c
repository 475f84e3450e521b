/* Unit tests: the batch runner (order, identical output for any thread
 * count, stopping early), the bounded line reader and the streamed atomic
 * file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch/batch.h"
#include "util/buf.h"
#include "util/fileio.h"
#include "util/lines.h"

/* --- lines ------------------------------------------------------------ */

static FILE *file_with(const char *text, size_t len) {
    FILE *f = tmpfile();
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    rewind(f);
    return f;
}

static void lines_strip_crlf_and_bound_length(void **state) {
    (void)state;
    const char text[] = "one\r\n\ntoo long line\nfour\nlast";
    FILE *f = file_with(text, sizeof text - 1);
    lc_lines r;
    lc_lines_init(&r, f, 8);
    const char *line;
    size_t len;
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_OK);
    assert_string_equal(line, "one");
    assert_int_equal(r.lineno, 1);
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_OK);
    assert_int_equal(len, 0);
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_TOO_LONG);
    assert_int_equal(r.lineno, 3);
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_OK);
    assert_string_equal(line, "four");
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_OK);
    assert_string_equal(line, "last"); /* no final newline: still a line */
    assert_int_equal(r.lineno, 5);
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_END);
    lc_lines_free(&r);
    fclose(f);
}

static void lines_skip_huge_line_in_bounded_memory(void **state) {
    (void)state;
    size_t big = 3u << 20; /* far beyond the 1 KiB bound */
    char *text = malloc(big + 16);
    assert_non_null(text);
    memset(text, 'x', big);
    memcpy(text + big, "\nnext\n", 6);
    FILE *f = file_with(text, big + 6);
    free(text);
    lc_lines r;
    lc_lines_init(&r, f, 1024);
    const char *line;
    size_t len;
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_TOO_LONG);
    assert_true(r.cap < 512 * 1024); /* it never held the long line */
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_OK);
    assert_string_equal(line, "next");
    assert_int_equal(r.lineno, 2);
    assert_int_equal(lc_lines_next(&r, &line, &len), LC_LINE_END);
    lc_lines_free(&r);
    fclose(f);
}

/* --- atomic file --------------------------------------------------------- */

static void atomic_file_streams_then_renames_or_leaves_nothing(void **state) {
    (void)state;
    char dir[] = "/tmp/lc-atomic-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/out.ndjson", dir);
    assert_int_equal(lc_write_file_atomic(path, "old\n", 4), 0);

    lc_atomic_file af;
    assert_int_equal(lc_atomic_open(&af, path), 0);
    assert_int_equal(lc_atomic_write(&af, "a\n", 2), 0);
    lc_atomic_abort(&af); /* a failed run: the old file stays, no temporary */
    char *data;
    size_t len;
    assert_int_equal(lc_read_file(path, 0, &data, &len), LC_READ_OK);
    assert_string_equal(data, "old\n");
    free(data);

    assert_int_equal(lc_atomic_open(&af, path), 0);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(lc_atomic_write(&af, "line\n", 5), 0);
    assert_int_equal(lc_atomic_commit(&af), 0);
    assert_int_equal(lc_read_file(path, 0, &data, &len), LC_READ_OK);
    assert_int_equal(len, 5000);
    free(data);

    /* renaming onto a directory fails at commit: nothing changes */
    char sub[300];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    assert_int_equal(lc_atomic_open(&af, sub), 0);
    lc_atomic_write(&af, "x", 1);
    assert_int_not_equal(lc_atomic_commit(&af), 0);
    assert_int_equal(rmdir(sub), 0); /* still an empty directory */
    assert_int_equal(unlink(path), 0);
    assert_int_equal(rmdir(dir), 0); /* and no temporary was left beside it */
}

/* --- the batch runner ------------------------------------------------- */

typedef struct feed {
    int next, n;
} feed;

static const char profile_yaml[] = "format: latecomer.profile/1\n"
                                   "country: {iso3: XAA, name: Test, year: %d}\n"
                                   "finance: {collateral_value_pct_loan: %d}\n"
                                   "institutions: {credit_guarantee_fund: {present: false}}\n";

/* Every fifth input is invalid (year out of range). */
static int feed_next(void *ud, lc_batch_item *item) {
    feed *f = ud;
    if (f->next >= f->n) return 0;
    int k = f->next++;
    char name[32];
    snprintf(name, sizeof name, "p%03d.yaml", k);
    lc_buf b;
    lc_buf_init(&b);
    lc_buf_printf(&b, profile_yaml, k % 5 == 4 ? 1800 : 2000 + k % 20, 100 + k * 7);
    item->name = strdup(name);
    item->len = b.len;
    item->data = lc_buf_steal(&b);
    item->format = LC_INPUT_YAML;
    return 1;
}

typedef struct collect {
    lc_buf out;
    size_t seen, stop_after;
    size_t last_index;
    bool in_order;
} collect;

static bool collect_item(void *ud, lc_batch_item *it) {
    collect *c = ud;
    if (c->seen && it->index != c->last_index + 1) c->in_order = false;
    c->last_index = it->index;
    c->seen++;
    lc_buf_printf(&c->out, "%zu %s %d %s\n", it->index, it->name, (int)it->status,
                  it->text ? it->text : "-");
    return !c->stop_after || c->seen < c->stop_after;
}

/* WITH_CONFIG: workers beyond the first may open engines of their own. */
static char *run_batch_with(unsigned threads, size_t window, size_t stop_after, bool with_config,
                            size_t *seen, unsigned *threads_working) {
    const char *rules[] = {LC_SOURCE_DIR "/rules"};
    const char *plugins[] = {LC_SOURCE_DIR "/plugins"};
    lc_engine_config cfg = {rules, 1, plugins, 1, lc_limits_default()};
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *e = NULL;
    assert_int_equal(lc_engine_open(&cfg, &e, &d), LC_OK);
    feed f = {0, 41};
    collect c = {.in_order = true, .stop_after = stop_after};
    lc_buf_init(&c.out);
    lc_batch_config bc = {.engine = e,
                          .engine_config = with_config ? &cfg : NULL,
                          .threads = threads,
                          .window = window,
                          .output = LC_BATCH_NDJSON,
                          .source = feed_next,
                          .sink = collect_item,
                          .source_ud = &f,
                          .sink_ud = &c};
    lc_batch_stats stats;
    assert_int_equal(lc_batch_run(&bc, &stats), LC_OK);
    assert_true(c.in_order);
    assert_int_equal(stats.items, c.seen);
    assert_int_equal(stats.stopped, stop_after != 0);
    lc_engine_close(e);
    lc_diags_free(&d);
    *seen = c.seen;
    *threads_working = stats.threads;
    return lc_buf_steal(&c.out);
}

static char *run_batch(unsigned threads, size_t window, size_t stop_after, size_t *seen) {
    unsigned working;
    char *out = run_batch_with(threads, window, stop_after, true, seen, &working);
    assert_int_equal(working, threads);
    return out;
}

static void batch_output_does_not_depend_on_threads(void **state) {
    (void)state;
    size_t seen;
    char *one = run_batch(1, 0, 0, &seen);
    assert_int_equal(seen, 41);
    assert_non_null(strstr(one, "4 p004.yaml 1 {\"format\":\"latecomer.error/1\""));
    assert_non_null(strstr(one, "5 p005.yaml 0 {\"format\":\"latecomer.result/1\""));
    static const unsigned threads[] = {2, 3, 5};
    static const size_t windows[] = {0, 1, 3};
    for (size_t i = 0; i < 3; i++) {
        char *many = run_batch(threads[i], windows[i], 0, &seen);
        assert_int_equal(seen, 41);
        assert_string_equal(one, many);
        free(many);
    }
    free(one);
}

static void sink_can_stop_the_batch(void **state) {
    (void)state;
    size_t seen;
    char *out = run_batch(3, 4, 7, &seen);
    assert_int_equal(seen, 7); /* nothing after the stop; queued items freed */
    free(out);
}

/* Without an engine configuration the other workers have nothing to open:
 * the engine given does all the work (they used to open an engine with no
 * rule pack and answer with empty results). */
static void workers_without_a_config_leave_the_work_to_the_given_engine(void **state) {
    (void)state;
    size_t seen;
    unsigned working;
    char *one = run_batch(1, 0, 0, &seen);
    char *three = run_batch_with(3, 0, 0, false, &seen, &working);
    assert_int_equal(working, 1);
    assert_int_equal(seen, 41);
    assert_string_equal(one, three);
    free(one);
    free(three);
}

/* A source that ran out of memory naming an input: the input gets its
 * error line (it used to be loaded from a NULL path). */
static int nameless_next(void *ud, lc_batch_item *item) {
    int *left = ud;
    if (!*left) return 0;
    (*left)--;
    item->format = LC_INPUT_YAML;
    return 1;
}

static bool keep_line(void *ud, lc_batch_item *it) {
    lc_buf *out = ud;
    lc_buf_printf(out, "%d %s\n", (int)it->status, it->text ? it->text : "-");
    return true;
}

static void an_input_without_a_name_is_an_error_line(void **state) {
    (void)state;
    const char *rules[] = {LC_SOURCE_DIR "/rules"};
    lc_engine_config cfg = {rules, 1, NULL, 0, lc_limits_default()};
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *e = NULL;
    assert_int_equal(lc_engine_open(&cfg, &e, &d), LC_OK);
    lc_diags_free(&d);
    int left = 2;
    lc_buf out;
    lc_buf_init(&out);
    lc_batch_config bc = {.engine = e,
                          .threads = 1,
                          .output = LC_BATCH_NDJSON,
                          .source = nameless_next,
                          .sink = keep_line,
                          .source_ud = &left,
                          .sink_ud = &out};
    assert_int_equal(lc_batch_run(&bc, NULL), LC_OK);
    const char *line = "{\"format\":\"latecomer.error/1\",\"profile\":{\"path\":\"-\"},"
                       "\"errors\":[{\"kind\":\"out_of_memory\",\"message\":\"out of memory "
                       "reading the input\",\"file\":null,\"line\":null,\"column\":null}],"
                       "\"warnings\":[]}";
    char want[1024];
    snprintf(want, sizeof want, "%d %s\n%d %s\n", LC_ENOMEM, line, LC_ENOMEM, line);
    assert_string_equal(out.data, want);
    lc_buf_free(&out);
    lc_engine_close(e);
}

/* An input that fails after loading (out of memory while evaluating) has no
 * diagnostic; its error line must still carry an entry saying why. */
static void an_error_line_always_says_why(void **state) {
    (void)state;
    lc_batch_item item = {.name = "p.yaml", .status = LC_ENOMEM, .format = LC_INPUT_YAML};
    lc_diags_init(&item.diags);
    char *line = lc_batch_error_line(&item);
    assert_non_null(line);
    assert_string_equal(line, "{\"format\":\"latecomer.error/1\",\"profile\":{\"path\":\"p.yaml\"},"
                              "\"errors\":[{\"kind\":\"out_of_memory\",\"message\":\"out of "
                              "memory\",\"file\":\"p.yaml\",\"line\":null,\"column\":null}],"
                              "\"warnings\":[]}");
    free(line);
    /* with diagnostics, they are the entries */
    item.status = LC_EINPUT;
    lc_diags_add(&item.diags, LC_DIAG_ERROR, "p.yaml", 3, 9, "bad (expected good)");
    line = lc_batch_error_line(&item);
    assert_non_null(strstr(line,
                           "\"errors\":[{\"kind\":\"invalid_profile\",\"message\":\"bad "
                           "(expected good)\",\"file\":\"p.yaml\",\"line\":3,\"column\":9}]"));
    free(line);
    lc_diags_free(&item.diags);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lines_strip_crlf_and_bound_length),
        cmocka_unit_test(lines_skip_huge_line_in_bounded_memory),
        cmocka_unit_test(atomic_file_streams_then_renames_or_leaves_nothing),
        cmocka_unit_test(batch_output_does_not_depend_on_threads),
        cmocka_unit_test(sink_can_stop_the_batch),
        cmocka_unit_test(workers_without_a_config_leave_the_work_to_the_given_engine),
        cmocka_unit_test(an_error_line_always_says_why),
        cmocka_unit_test(an_input_without_a_name_is_an_error_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
