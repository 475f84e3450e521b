/* batch.h: many profiles through the pipeline on N worker threads, one
 * engine (and so one Lua state) per thread, results handed back in input
 * order. `evaluate` and `bench` are built on it.
 *
 *   source (reader thread) -> window of W items -> N workers -> sink
 *   (calling thread, strictly in input order)
 *
 * At most W items are in flight, so memory stays bounded however long the
 * input is, and each result reaches the sink as soon as it and every result
 * before it are done. The bytes a sink receives do not depend on N. */
#ifndef LC_BATCH_H
#define LC_BATCH_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "../util/diag.h"
#include "latecomer/latecomer.h"

typedef enum { LC_INPUT_YAML, LC_INPUT_JSON } lc_input_format;

typedef enum {
    LC_BATCH_CHECK,         /* load and validate only (the `check` floor) */
    LC_BATCH_RESULT,        /* evaluate; keep only counters, render nothing */
    LC_BATCH_JSON,          /* evaluate; the result document, indented */
    LC_BATCH_NDJSON,        /* evaluate; one line per input, error lines included */
    LC_BATCH_RENDER_PLUGIN, /* evaluate; the renderer plugin of `format` */
    LC_BATCH_DOCUMENT,      /* evaluate; the result document as a tree (collection renderers) */
} lc_batch_output;

typedef struct lc_batch_item {
    /* set by the source */
    char *name;          /* file path, as messages and evidence show it (malloc'd) */
    char *data;          /* the text (malloc'd), or NULL: read the file NAME */
    size_t len;          /* of data */
    unsigned first_line; /* JSON: line of data's first byte in NAME */
    lc_input_format format;
    char *problem;    /* malloc'd: the source could not read this input (why) */
    int problem_line; /* where, 0 when unknown */

    /* set by the worker */
    size_t index;       /* position in the input, from 0 */
    lc_status status;   /* LC_OK, LC_EINPUT (invalid), LC_ERULES (renderer), LC_ENOMEM */
    lc_diags diags;     /* the input's diagnostics, sorted by position */
    char *text;         /* the rendered output, or the NDJSON error line */
    cJSON *doc;         /* LC_BATCH_DOCUMENT: the result document; a sink may take it */
    char *why;          /* renderer failure */
    int max_severity;   /* of the findings; -1 when none */
    size_t rule_errors; /* entries in the result's errors */
} lc_batch_item;

/* Fills ITEM (zeroed) with the next input: 1 = an item, 0 = no more. Runs
 * on the reader thread. */
typedef int (*lc_batch_source)(void *ud, lc_batch_item *item);
/* Receives each finished item in input order on the calling thread, and
 * may take what it holds (set the member to NULL); return false to stop
 * the batch (e.g. the output cannot be written). */
typedef bool (*lc_batch_sink)(void *ud, lc_batch_item *item);

typedef struct lc_batch_config {
    lc_engine *engine; /* opened by the caller: used by worker 0 */
    /* optional: engines the caller opened for workers 1..threads-1 (bench:
     * so opening them is not timed); otherwise each worker opens its own */
    lc_engine *const *more_engines;
    const lc_engine_config *engine_config; /* how the other workers open theirs;
                                              NULL: only the engines given work */
    const lc_input_limits *input_limits;   /* and the input limits they set (NULL: defaults) */
    unsigned threads;                      /* 0 = number of online cores */
    size_t window;                         /* items in flight; 0 = 4 per thread, at least 8 */
    lc_batch_output output;
    const char *format;          /* LC_BATCH_RENDER_PLUGIN */
    const lc_eval_options *eval; /* may be NULL */
    lc_batch_source source;
    lc_batch_sink sink;
    void *source_ud, *sink_ud;
} lc_batch_config;

typedef struct lc_batch_stats {
    size_t items;     /* handed to the sink */
    unsigned threads; /* workers that had an engine */
    bool stopped;     /* the sink asked to stop */
} lc_batch_stats;

/* Runs the batch to the end of the source (or until the sink stops it).
 * Returns LC_OK, or LC_ENOMEM when the machinery itself could not start. */
lc_status lc_batch_run(const lc_batch_config *cfg, lc_batch_stats *stats);

/* The number of online cores (at least 1). */
unsigned lc_batch_cores(void);

/* The NDJSON line for an input that failed (output.md):
 * {"format":"latecomer.error/1","profile":{"path":...},"errors":[...]},
 * every diagnostic an entry with its file, line and column. Caller frees. */
char *lc_batch_error_line(const lc_batch_item *item);

#endif
