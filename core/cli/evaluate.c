/* evaluate.c: `latecomer evaluate`. Options parse into a plan; the batch
 * runner (core/batch) evaluates the inputs on -j worker threads and hands
 * results back in input order.
 *
 * json and renderer formats are one document: nothing reaches stdout or -o
 * until every profile has been evaluated, so a failed run never leaves half
 * a document. ndjson is one complete line per input: lines are written as
 * results come (in input order); with -o they go to a temporary file that
 * becomes PATH only when the run ends without an internal error. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../batch/batch.h"
#include "../engine/result.h"
#include "../load/load.h"
#include "../render/render.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/fileio.h"
#include "../util/lines.h"
#include "cli.h"
#include "input_limits.h"
#include "latecomer/latecomer.h"

static const char help[] =
    "usage: latecomer evaluate [options] PROFILE...\n"
    "\n"
    "Evaluates country profiles (YAML files, or - for stdin) against the rule pack and prints\n"
    "the result document (format latecomer.result/1).\n"
    "With --input-format ndjson every line of the inputs (default: stdin) is one JSON profile.\n"
    "\n"
    "Options:\n"
    "  -r, --rules DIR          a rule pack (repeatable; default: the bundled pack)\n"
    "  -p, --plugins DIR        a plugin directory (repeatable; default: bundled plugins)\n"
    "  -f, --format FMT         json (default; an array for several profiles), ndjson (one\n"
    "                           result per line, in input order; an input that fails gets a\n"
    "                           latecomer.error/1 line), markdown or html (a report for\n"
    "                           advisors; one report for several profiles), or the format\n"
    "                           of another renderer plugin\n"
    "  -o, --output PATH        write to PATH atomically instead of stdout\n"
    "      --input-format FMT   yaml (default: one profile per file) or ndjson (one JSON\n"
    "                           profile per line)\n"
    "  -j, --jobs N             worker threads, one engine each (default: number of cores);\n"
    "                           the output does not depend on N\n"
    "      --as-of DATE         judge time-dependent legal rules at DATE (YYYY-MM-DD)\n"
    "      --explain[=LEVEL]    add a trace: fails (default), notes or full\n"
    "      --only GLOB          run only rules whose id matches GLOB\n"
    "      --tags T,...         run only rules with one of these tags\n"
    "      --fail-on SEVERITY   exit 1 when a finding reaches SEVERITY\n"
    "                           (info < advice < warning < critical)\n"
    "      --stats              add each stage's time and the sandboxed calls to the result\n"
    "                           as stats (output then differs from run to run)\n"
    "      --max-instructions N sandbox: Lua instructions per rule call (default 50000000)\n"
    "      --max-memory BYTES   sandbox: memory per rule call (default 33554432)\n"
    "      --timeout MS         sandbox: wall time per rule call (default 2000)\n"
    "Limits on profile input (docs/limits.md):\n" CLI_INPUT_LIMIT_HELP
    "  -h, --help               this text\n"
    "\n"
    "Exit codes: 0 ok, 1 a finding reached --fail-on, 2 usage error or invalid profile,\n"
    "3 a rule failed (its error is in the result's errors), 4 internal error.\n"
    "With ndjson output an invalid input still gets its line, and the run exits 2 at the end.\n";

enum {
    OPT_AS_OF = 256,
    OPT_EXPLAIN,
    OPT_ONLY,
    OPT_TAGS,
    OPT_FAIL_ON,
    OPT_INPUT_FORMAT,
    OPT_STATS,
};

/* A real calendar date YYYY-MM-DD: the WTO classifier compares it with
 * transition deadlines, so 2021-02-30 must not pass for a date. */
static bool valid_date_arg(const char *s) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
        sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1)
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
}

/* --- inputs ----------------------------------------------------------- */

typedef struct inputs {
    char **paths;
    int n, next;
    lc_input_format format;
    /* NDJSON: the file being read */
    FILE *f;
    const char *path;
    lc_lines lines;
    size_t max_line;
} inputs;

static int set_problem(lc_batch_item *item, const char *path, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static int set_problem(lc_batch_item *item, const char *path, int line, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    free(item->name); /* set when a later allocation for the item failed */
    item->name = strdup(path);
    item->problem = strdup(msg);
    item->problem_line = line;
    item->first_line = (unsigned)line;
    item->format = LC_INPUT_JSON;
    return 1;
}

static void close_current(inputs *in) {
    if (in->f && in->f != stdin) fclose(in->f);
    in->f = NULL;
    lc_lines_free(&in->lines);
}

/* The batch source: one item per YAML file, or per NDJSON line. A file
 * that cannot be read is one failing item, so the output keeps one entry
 * per input. */
static int next_input(void *ud, lc_batch_item *item) {
    inputs *in = ud;
    if (in->format == LC_INPUT_YAML) {
        if (in->next >= in->n) return 0;
        item->name = strdup(in->paths[in->next++]);
        item->format = LC_INPUT_YAML;
        return 1;
    }
    for (;;) {
        if (!in->f) {
            if (in->next >= in->n) return 0;
            in->path = in->paths[in->next++];
            in->f = strcmp(in->path, "-") ? fopen(in->path, "rb") : stdin;
            if (!in->f)
                return set_problem(item, in->path, 0, "cannot read: %s (expected a readable file)",
                                   strerror(errno));
            lc_lines_init(&in->lines, in->f, in->max_line);
        }
        const char *line;
        size_t len;
        lc_line_status st = lc_lines_next(&in->lines, &line, &len);
        unsigned long lineno = in->lines.lineno;
        switch (st) {
        case LC_LINE_OK:
            item->name = strdup(in->path);
            item->data = malloc(len + 1);
            if (item->data) memcpy(item->data, line, len + 1);
            item->len = len;
            item->first_line = (unsigned)lineno;
            item->format = LC_INPUT_JSON;
            if (!item->name || !item->data)
                return set_problem(item, in->path, (int)lineno, "out of memory");
            return 1;
        case LC_LINE_TOO_LONG:
            return set_problem(item, in->path, (int)lineno,
                               "line is longer than %zu bytes (expected one profile of at most "
                               "%zu bytes per line)",
                               in->max_line, in->max_line);
        case LC_LINE_END: close_current(in); continue;
        case LC_LINE_IO:
        case LC_LINE_NOMEM: {
            int err = st == LC_LINE_NOMEM ? ENOMEM : errno;
            close_current(in);
            return set_problem(item, in->path, (int)lineno + 1, "cannot read: %s", strerror(err));
        }
        }
    }
}

/* --- output ------------------------------------------------------------ */

typedef struct output {
    bool ndjson, json;
    bool array;       /* json of several profiles: one array */
    lc_buf doc;       /* json and renderer formats: the whole document */
    size_t documents; /* results in doc */
    FILE *stream;     /* ndjson to stdout */
    lc_atomic_file file;
    bool to_file;
    int write_error;
    /* what the exit code is made of */
    bool invalid, rule_errors, oom, render_failed;
    int worst;
    /* a collection renderer gets every result document at the end */
    cJSON *collected;
} output;

static bool write_line(output *o, const char *text) {
    size_t len = strlen(text);
    if (o->to_file) {
        lc_atomic_write(&o->file, text, len);
        o->write_error = lc_atomic_write(&o->file, "\n", 1);
    } else if (fwrite(text, 1, len, o->stream) != len || putc('\n', o->stream) == EOF ||
               fflush(o->stream) != 0) { /* each line reaches the reader whole, at once */
        o->write_error = errno ? errno : EIO;
    }
    return !o->write_error;
}

/* The batch sink: runs on the calling thread, in input order. */
static bool take_result(void *ud, lc_batch_item *it) {
    output *o = ud;
    lc_diags_print(&it->diags, stderr);
    switch (it->status) {
    case LC_OK: break;
    case LC_EINPUT: o->invalid = true; break;
    case LC_ERULES:
        fprintf(stderr, "latecomer: %s: renderer failed: %s\n", it->name, it->why ? it->why : "?");
        o->render_failed = true;
        break;
    default:
        fprintf(stderr, "latecomer: %s: %s\n", it->name, lc_status_name(it->status));
        o->oom = true;
        break;
    }
    if (it->status == LC_OK) {
        if (it->max_severity > o->worst) o->worst = it->max_severity;
        o->rule_errors |= it->rule_errors > 0;
    }
    if (o->ndjson) return it->text ? write_line(o, it->text) : (o->oom = true, false);
    if (o->collected) {
        if (it->status != LC_OK) return true;
        if (!it->doc || !cJSON_AddItemToArray(o->collected, it->doc)) o->oom = true;
        it->doc = NULL; /* the collection owns it now */
        return !o->oom;
    }
    if (it->status != LC_OK || !it->text) return true; /* keep going: report every input */
    if (o->documents++) lc_buf_puts(&o->doc, o->json ? ",\n" : "\n");
    lc_buf_puts(&o->doc, it->text);
    return !o->doc.oom;
}

static int finish_output(output *o, const char *path) {
    if (o->ndjson) {
        if (o->write_error) {
            fprintf(stderr, "latecomer: cannot write %s: %s\n", path ? path : "the output",
                    strerror(o->write_error));
            clearerr(o->stream); /* said: main need not say it again */
        }
        if (!o->to_file) return o->write_error ? EXIT_INTERNAL : EXIT_OK;
        if (o->oom || o->write_error) {
            lc_atomic_abort(&o->file);
            return EXIT_INTERNAL;
        }
        int err = lc_atomic_commit(&o->file);
        if (err) fprintf(stderr, "latecomer: cannot write %s: %s\n", path, strerror(err));
        return err ? EXIT_INTERNAL : EXIT_OK;
    }
    if (o->oom || o->doc.oom) return EXIT_INTERNAL;
    if (o->render_failed || o->invalid) return EXIT_OK; /* nothing half-written */
    if (o->array) lc_buf_puts(&o->doc, "\n]");
    if (o->json) lc_buf_putc(&o->doc, '\n');
    if (o->doc.oom) return EXIT_INTERNAL;
    return cli_write_output(path, o->doc.data ? o->doc.data : "", o->doc.len);
}

int cli_evaluate(int argc, char **argv) {
    static const struct option opts[] = {
        {"rules", required_argument, 0, 'r'},
        {"plugins", required_argument, 0, 'p'},
        {"max-instructions", required_argument, 0, CLI_OPT_MAX_INSTRUCTIONS},
        {"max-memory", required_argument, 0, CLI_OPT_MAX_MEMORY},
        {"timeout", required_argument, 0, CLI_OPT_TIMEOUT},
        {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'},
        {"jobs", required_argument, 0, 'j'},
        {"input-format", required_argument, 0, OPT_INPUT_FORMAT},
        {"as-of", required_argument, 0, OPT_AS_OF},
        {"explain", optional_argument, 0, OPT_EXPLAIN},
        {"only", required_argument, 0, OPT_ONLY},
        {"tags", required_argument, 0, OPT_TAGS},
        {"fail-on", required_argument, 0, OPT_FAIL_ON},
        {"stats", no_argument, 0, OPT_STATS},
        CLI_INPUT_LIMIT_LONG_OPTIONS,
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_engine_options eng;
    cli_engine_options_init(&eng);
    const char *format = "json", *output_path = NULL;
    lc_eval_options eo = {0};
    int fail_on = -1;
    unsigned jobs = 0;
    lc_input_format input_format = LC_INPUT_YAML;
    lc_input_limits input_limits = {0};
    unsigned long long num;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":r:p:f:o:j:h", opts, NULL)) != -1) {
        int taken = cli_engine_option("evaluate", c, optarg, &eng);
        if (taken == EXIT_OK) continue;
        if (taken > 0) return taken;
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': output_path = optarg; break;
        case 'j':
            if (!cli_parse_count(optarg, 1, 1024, &num))
                return cli_usage_error("evaluate", "--jobs needs a number of threads (1 to 1024)");
            jobs = (unsigned)num;
            break;
        case OPT_INPUT_FORMAT:
            if (!strcmp(optarg, "yaml"))
                input_format = LC_INPUT_YAML;
            else if (!strcmp(optarg, "ndjson"))
                input_format = LC_INPUT_JSON;
            else
                return cli_usage_error(
                    "evaluate", "--input-format %s is unknown (expected yaml or ndjson)", optarg);
            break;
        case OPT_AS_OF:
            if (!valid_date_arg(optarg))
                return cli_usage_error("evaluate",
                                       "--as-of '%s' is not a date (expected YYYY-MM-DD)", optarg);
            eo.as_of = optarg;
            break;
        case OPT_EXPLAIN:
            if (!optarg || !strcmp(optarg, "fails"))
                eo.explain = LC_EXPLAIN_FAILS;
            else if (!strcmp(optarg, "notes"))
                eo.explain = LC_EXPLAIN_NOTES;
            else if (!strcmp(optarg, "full"))
                eo.explain = LC_EXPLAIN_FULL;
            else
                return cli_usage_error(
                    "evaluate", "--explain=%s is unknown (expected fails, notes or full)", optarg);
            break;
        case OPT_ONLY: eo.only = optarg; break;
        case OPT_STATS: eo.stats = true; break;
        case OPT_TAGS: eo.tags = optarg; break;
        case OPT_FAIL_ON:
            fail_on = lc_severity_parse(optarg);
            if (fail_on < 0)
                return cli_usage_error(
                    "evaluate",
                    "--fail-on %s is unknown (expected info, advice, warning or critical)", optarg);
            break;
        case CLI_OPT_MAX_FILE_SIZE:
        case CLI_OPT_MAX_DEPTH:
        case CLI_OPT_MAX_ALIASES:
        case CLI_OPT_MAX_NODES:
        case CLI_OPT_MAX_STRING:
            if (!cli_input_limit_option("evaluate", c, optarg, &input_limits)) return EXIT_USAGE;
            break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':': return cli_usage_error("evaluate", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("evaluate", "unknown option '%s'", argv[optind - 1]);
        }
    }
    /* NDJSON input is a filter: with no input named it reads stdin */
    char dash[] = "-";
    char *stdin_only[] = {dash};
    inputs in = {.paths = argv + optind, .n = argc - optind, .format = input_format};
    if (in.n == 0) {
        if (input_format == LC_INPUT_YAML) return cli_usage_error("evaluate", "no profile given");
        in.paths = stdin_only;
        in.n = 1;
    }
    int stdin_uses = 0;
    for (int i = 0; i < in.n; i++)
        stdin_uses += !strcmp(in.paths[i], "-");
    if (stdin_uses > 1) return cli_usage_error("evaluate", "'-' (stdin) can be given only once");

    lc_engine_config cfg;
    lc_engine *engine;
    int opened = cli_engine_open(&eng, &cfg, &engine);
    if (opened != EXIT_OK) return opened;
    lc_engine_set_input_limits(engine, &input_limits);
    lc_batch_output mode = LC_BATCH_RENDER_PLUGIN;
    if (!strcmp(format, "json"))
        mode = LC_BATCH_JSON;
    else if (!strcmp(format, "ndjson"))
        mode = LC_BATCH_NDJSON;
    else if (!lc_render_plugin_exists(engine, format)) {
        lc_engine_close(engine);
        return cli_usage_error(
            "evaluate",
            "format '%s' has no renderer (expected json, ndjson or a renderer plugin's "
            "format)",
            format);
    }

    /* an NDJSON stream may hold any number of profiles */
    bool several = in.n > 1 || input_format == LC_INPUT_JSON;
    output out = {.ndjson = mode == LC_BATCH_NDJSON,
                  .json = mode == LC_BATCH_JSON,
                  .array = mode == LC_BATCH_JSON && several,
                  .stream = stdout,
                  .worst = -1};
    lc_buf_init(&out.doc);
    if (out.array) lc_buf_puts(&out.doc, "[\n");
    /* One report of several profiles, when the renderer asks for them all. */
    if (mode == LC_BATCH_RENDER_PLUGIN && several &&
        lc_render_plugin_takes_collection(engine, format)) {
        mode = LC_BATCH_DOCUMENT;
        if (!(out.collected = cJSON_CreateArray())) {
            lc_engine_close(engine);
            return EXIT_INTERNAL;
        }
    }
    if (out.ndjson && output_path) {
        int err = lc_atomic_open(&out.file, output_path);
        if (err) {
            fprintf(stderr, "latecomer: cannot write %s: %s\n", output_path, strerror(err));
            lc_engine_close(engine);
            return EXIT_INTERNAL;
        }
        out.to_file = true;
    }
    /* more threads than YAML files would only open engines for nothing */
    if (!jobs) jobs = lc_batch_cores();
    if (input_format == LC_INPUT_YAML && jobs > (unsigned)in.n) jobs = (unsigned)in.n;
    lc_load_limits effective = lc_load_limits_default();
    lc_input_limits_merge(&effective, &input_limits);
    in.max_line = effective.max_bytes; /* an NDJSON line is one profile */
    lc_batch_config bc = {
        .engine = engine,
        .engine_config = &cfg,
        .input_limits = &input_limits,
        .threads = jobs,
        .output = mode,
        .format = format,
        .eval = &eo,
        .source = next_input,
        .sink = take_result,
        .source_ud = &in,
        .sink_ud = &out,
    };
    lc_status st = lc_batch_run(&bc, NULL);
    close_current(&in);
    if (st != LC_OK) out.oom = true;
    if (out.collected && !out.oom && !out.invalid) {
        char *text = NULL, *why = NULL;
        st = lc_render_plugin_collection(engine, out.collected, format, &text, &why);
        if (st == LC_ERULES) {
            fprintf(stderr, "latecomer: renderer failed: %s\n", why ? why : "?");
            out.render_failed = true;
        }
        out.oom |= st == LC_ENOMEM;
        if (text) lc_buf_puts(&out.doc, text);
        free(text);
        free(why);
    }
    cJSON_Delete(out.collected);
    lc_engine_close(engine);

    int code = finish_output(&out, output_path);
    lc_buf_free(&out.doc);
    if (code != EXIT_OK) return code;
    if (out.oom) return EXIT_INTERNAL;
    if (out.render_failed) return EXIT_RULES;
    if (out.invalid) return EXIT_USAGE;
    if (out.rule_errors) return EXIT_RULES;
    if (fail_on >= 0 && out.worst >= fail_on) return EXIT_FINDING;
    return EXIT_OK;
}
