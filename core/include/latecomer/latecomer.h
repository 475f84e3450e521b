/* latecomer.h: the public surface of the latecomer library.
 *
 * A policy diagnostic engine: a country profile (YAML) is loaded and
 * validated, indicator plugins derive fields, Lua rules encoding the lessons
 * of Korea's SME promotion experience evaluate it, the sequencer orders the
 * measures they recommend into phases, the WTO classifier judges subsidy
 * programmes, and a renderer writes the result document.
 *
 *   lc_engine_open  -> lc_profile_load_file -> lc_engine_evaluate
 *   -> lc_result_render -> lc_result_free / lc_profile_free / lc_engine_close
 *
 * Nothing here is global: every call hangs off an explicit engine, so a
 * batch can run one engine per thread. An engine is not itself thread-safe. */
#ifndef LATECOMER_H
#define LATECOMER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LC_VERSION "0.1.0"

/* Status of a library call; the CLI maps these to exit codes (cli.md). */
typedef enum {
    LC_OK = 0,
    LC_EINPUT,    /* a profile is unreadable or invalid (diagnostics say why) */
    LC_ERULES,    /* a rule pack, plugin or catalogue failed to load */
    LC_ENOMEM,    /* out of memory */
    LC_EIO,       /* reading or writing failed */
    LC_EINTERNAL, /* a bug: please report it */
} lc_status;

const char *lc_status_name(lc_status st);

typedef struct lc_engine lc_engine;
typedef struct lc_profile lc_profile;
typedef struct lc_result lc_result;
typedef struct lc_diags lc_diags;

/* Sandbox limits for one rule or plugin call (docs/rule-authoring.md). */
typedef struct lc_limits {
    uint64_t max_instructions; /* Lua VM instructions */
    size_t max_memory;         /* bytes the call may allocate on top of what is live */
    unsigned timeout_ms;       /* wall clock */
} lc_limits;

lc_limits lc_limits_default(void);

/* Limits on profile input, each documented in docs/limits.md; they keep a
 * hostile or broken file from costing more than a bounded amount of time
 * and memory. A zero field takes its default. */
typedef struct lc_input_limits {
    size_t max_bytes;          /* input size (default 4 MiB) */
    unsigned max_depth;        /* nesting of collections (default 64, at most 256) */
    unsigned max_aliases;      /* alias (*name) occurrences (default 64) */
    size_t max_expanded_nodes; /* values aliases add when expanded (default 200000) */
    size_t max_string_len;     /* bytes in one scalar (default 64 KiB) */
} lc_input_limits;

lc_input_limits lc_input_limits_default(void);

typedef struct lc_engine_config {
    const char *const *rule_dirs; /* rule packs, in order; later packs may only add */
    size_t n_rule_dirs;
    const char *const *plugin_dirs;
    size_t n_plugin_dirs;
    lc_limits limits;
} lc_engine_config;

/* Opens an engine: compiles the schema, loads every rule pack, the measures
 * catalogue and the plugins. Problems are added to DIAGS. */
lc_status lc_engine_open(const lc_engine_config *cfg, lc_engine **out, lc_diags *diags);
void lc_engine_close(lc_engine *e);
/* The `version` of the first rule pack's config.yaml, or NULL. */
const char *lc_engine_rules_version(const lc_engine *e);

/* Sets the limits on profile input for the profiles loaded after it; zero
 * fields take their defaults. */
void lc_engine_set_input_limits(lc_engine *e, const lc_input_limits *limits);

/* Loads and validates a profile ("-" reads stdin). Every problem of the file
 * goes to DIAGS; on error *out is NULL. */
lc_status lc_profile_load_file(lc_engine *e, const char *path, lc_profile **out, lc_diags *diags);
lc_status lc_profile_load_buffer(lc_engine *e, const char *name, const char *data, size_t len,
                                 lc_profile **out, lc_diags *diags);
/* Loads and validates one JSON profile, e.g. one line of an NDJSON stream
 * (core/load/json_load.h). FIRST_LINE is the line of DATA's first byte in
 * the file NAME, so positions in diagnostics and evidence point into it. */
lc_status lc_profile_load_json(lc_engine *e, const char *name, const char *data, size_t len,
                               unsigned first_line, lc_profile **out, lc_diags *diags);
void lc_profile_free(lc_profile *p);

typedef enum {
    LC_EXPLAIN_OFF = 0,
    LC_EXPLAIN_FAILS, /* rules that fired, skipped or failed */
    LC_EXPLAIN_NOTES, /* plus each condition's expected and actual values */
    LC_EXPLAIN_FULL,  /* every rule and every condition */
} lc_explain;

typedef struct lc_eval_options {
    const char *as_of; /* YYYY-MM-DD override, or NULL */
    lc_explain explain;
    const char *only; /* rule id glob, or NULL */
    const char *tags; /* comma-separated tags, or NULL */
    bool stats;       /* add timings (output no longer byte-identical) */
} lc_eval_options;

/* Runs derive, evaluate, plan and classify. A failing rule does not fail
 * the evaluation: it is recorded in the result's errors. */
lc_status lc_engine_evaluate(lc_engine *e, const lc_profile *p, const lc_eval_options *opts,
                             lc_result **out);
void lc_result_free(lc_result *r);

typedef enum { LC_SEV_INFO, LC_SEV_ADVICE, LC_SEV_WARNING, LC_SEV_CRITICAL } lc_severity;

/* Highest finding severity, or -1 when there are no findings. */
int lc_result_max_severity(const lc_result *r);
size_t lc_result_error_count(const lc_result *r);

/* The result document (output.md) as JSON text, keys in contract order.
 * pretty = indented; otherwise one line (NDJSON). Caller frees. */
char *lc_result_json(const lc_result *r, bool pretty);

#endif
