/* evaluate.c: `latecomer evaluate`. Options parse into a plan; the library
 * does the work; nothing reaches stdout or -o until every profile has been
 * evaluated, so a failed run never leaves half a document. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/result.h"
#include "../render/render.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/fileio.h"
#include "cli.h"
#include "latecomer/latecomer.h"

static const char help[] =
    "usage: latecomer evaluate [options] PROFILE...\n"
    "\n"
    "Evaluates country profiles (YAML files, or - for stdin) against the rule pack and prints\n"
    "the result document (format latecomer.result/1).\n"
    "\n"
    "Options:\n"
    "  -r, --rules DIR          a rule pack (repeatable; default: the bundled pack)\n"
    "  -p, --plugins DIR        a plugin directory (repeatable; default: bundled plugins)\n"
    "  -f, --format FMT         json (default; an array for several profiles), markdown or\n"
    "                           html (a report for advisors; one report for several\n"
    "                           profiles), or the format of another renderer plugin\n"
    "  -o, --output PATH        write to PATH atomically instead of stdout\n"
    "      --as-of DATE         judge time-dependent legal rules at DATE (YYYY-MM-DD)\n"
    "      --explain[=LEVEL]    add a trace: fails (default), notes or full\n"
    "      --only GLOB          run only rules whose id matches GLOB\n"
    "      --tags T,...         run only rules with one of these tags\n"
    "      --fail-on SEVERITY   exit 1 when a finding reaches SEVERITY\n"
    "                           (info < advice < warning < critical)\n"
    "      --max-instructions N sandbox: Lua instructions per rule call (default 50000000)\n"
    "      --max-memory BYTES   sandbox: memory per rule call (default 33554432)\n"
    "      --timeout MS         sandbox: wall time per rule call (default 2000)\n"
    "  -h, --help               this text\n"
    "\n"
    "Exit codes: 0 ok, 1 a finding reached --fail-on, 2 usage error or invalid profile,\n"
    "3 a rule failed (its error is in the result's errors), 4 internal error.\n";

enum {
    OPT_AS_OF = 256,
    OPT_EXPLAIN,
    OPT_ONLY,
    OPT_TAGS,
    OPT_FAIL_ON,
    OPT_MAX_INSTR,
    OPT_MAX_MEM,
    OPT_TIMEOUT,
};

static bool parse_u64(const char *s, unsigned long long *out) {
    if (!s || !*s || *s == '-') return false;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v == 0) return false;
    *out = v;
    return true;
}

static bool valid_date_arg(const char *s) {
    int y, m, d;
    char tail;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 &&
           m <= 12 && d >= 1 && d <= 31;
}

int cli_evaluate(int argc, char **argv) {
    static const struct option opts[] = {
        {"rules", required_argument, 0, 'r'},
        {"plugins", required_argument, 0, 'p'},
        {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'},
        {"as-of", required_argument, 0, OPT_AS_OF},
        {"explain", optional_argument, 0, OPT_EXPLAIN},
        {"only", required_argument, 0, OPT_ONLY},
        {"tags", required_argument, 0, OPT_TAGS},
        {"fail-on", required_argument, 0, OPT_FAIL_ON},
        {"max-instructions", required_argument, 0, OPT_MAX_INSTR},
        {"max-memory", required_argument, 0, OPT_MAX_MEM},
        {"timeout", required_argument, 0, OPT_TIMEOUT},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_dirs rules = {0}, plugins = {0};
    const char *format = "json", *output = NULL;
    lc_eval_options eo = {0};
    int fail_on = -1;
    lc_limits limits = lc_limits_default();
    unsigned long long num;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":r:p:f:o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'r':
            if (!cli_dirs_add(&rules, optarg))
                return cli_usage_error("evaluate", "too many --rules");
            break;
        case 'p':
            if (!cli_dirs_add(&plugins, optarg))
                return cli_usage_error("evaluate", "too many --plugins");
            break;
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
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
        case OPT_TAGS: eo.tags = optarg; break;
        case OPT_FAIL_ON:
            fail_on = lc_severity_parse(optarg);
            if (fail_on < 0)
                return cli_usage_error(
                    "evaluate",
                    "--fail-on %s is unknown (expected info, advice, warning or critical)", optarg);
            break;
        case OPT_MAX_INSTR:
            if (!parse_u64(optarg, &num))
                return cli_usage_error("evaluate", "--max-instructions needs a positive integer");
            limits.max_instructions = num;
            break;
        case OPT_MAX_MEM:
            if (!parse_u64(optarg, &num))
                return cli_usage_error("evaluate", "--max-memory needs a positive number of bytes");
            limits.max_memory = (size_t)num;
            break;
        case OPT_TIMEOUT:
            if (!parse_u64(optarg, &num) || num > 3600000)
                return cli_usage_error("evaluate", "--timeout needs milliseconds (1 to 3600000)");
            limits.timeout_ms = (unsigned)num;
            break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':': return cli_usage_error("evaluate", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("evaluate", "unknown option '%s'", argv[optind - 1]);
        }
    }
    bool json = !strcmp(format, "json");
    if (optind >= argc) return cli_usage_error("evaluate", "no profile given");

    cli_paths defaults;
    cli_default_paths(&defaults);
    if (!rules.n) cli_dirs_add(&rules, defaults.rules);
    if (!plugins.n) cli_dirs_add(&plugins, defaults.plugins);
    lc_engine_config cfg = {rules.items, rules.n, plugins.items, plugins.n, limits};

    lc_diags diags;
    lc_diags_init(&diags);
    lc_engine *engine = NULL;
    lc_status st = lc_engine_open(&cfg, &engine, &diags);
    lc_diags_sort(&diags);
    lc_diags_print(&diags, stderr);
    if (st != LC_OK) {
        lc_diags_free(&diags);
        if (st == LC_ENOMEM) return EXIT_INTERNAL;
        fprintf(stderr, "latecomer: the rule pack failed to load\n");
        return EXIT_RULES;
    }
    lc_diags_clear(&diags);

    int n_profiles = argc - optind;
    lc_buf out;
    lc_buf_init(&out);
    bool many = n_profiles > 1, invalid = false, rule_errors = false, oom = false;
    bool render_failed = false;
    int worst = -1;
    if (many && json) lc_buf_puts(&out, "[\n");
    /* A collection renderer makes one report of several profiles. */
    cJSON *collected = NULL;
    if (many && !json && lc_render_plugin_takes_collection(engine, format))
        oom |= !(collected = cJSON_CreateArray());
    for (int i = optind; i < argc; i++) {
        lc_profile *p = NULL;
        st = lc_profile_load_file(engine, argv[i], &p, &diags);
        lc_diags_sort(&diags);
        lc_diags_print(&diags, stderr);
        lc_diags_clear(&diags);
        if (st != LC_OK) {
            invalid = true;
            oom |= st == LC_ENOMEM;
            continue;
        }
        lc_result *r = NULL;
        st = lc_engine_evaluate(engine, p, &eo, &r);
        lc_profile_free(p);
        if (st != LC_OK) {
            oom = true;
            break;
        }
        int sev = lc_result_max_severity(r);
        if (sev > worst) worst = sev;
        rule_errors |= lc_result_error_count(r) > 0;
        if (collected) {
            cJSON *doc = lc_result_document(r);
            lc_result_free(r);
            if (!doc) {
                oom = true;
                break;
            }
            cJSON_AddItemToArray(collected, doc);
            continue;
        }
        char *text = NULL, *why = NULL;
        if (json) {
            text = lc_result_json(r, true);
        } else {
            st = lc_render_plugin(engine, r, format, &text, &why);
            if (st == LC_EINPUT) {
                lc_result_free(r);
                lc_engine_close(engine);
                lc_buf_free(&out);
                lc_diags_free(&diags);
                return cli_usage_error("evaluate",
                                       "format '%s' has no renderer (expected json or a renderer "
                                       "plugin's format)",
                                       format);
            }
            if (st == LC_ERULES) {
                fprintf(stderr, "latecomer: renderer failed: %s\n", why ? why : "?");
                render_failed = true;
            }
        }
        free(why);
        lc_result_free(r);
        if (!text) {
            oom |= !render_failed;
            break;
        }
        if (many && json && out.len > 2)
            lc_buf_puts(&out, ",\n");
        else if (many && !json && out.len > 0)
            lc_buf_puts(&out, "\n");
        lc_buf_puts(&out, text);
        free(text);
    }
    if (collected && !oom && !invalid) {
        char *text = NULL, *why = NULL;
        st = lc_render_plugin_collection(engine, collected, format, &text, &why);
        if (st == LC_ERULES) {
            fprintf(stderr, "latecomer: renderer failed: %s\n", why ? why : "?");
            render_failed = true;
        }
        oom |= st == LC_ENOMEM;
        if (text) lc_buf_puts(&out, text);
        free(text);
        free(why);
    }
    cJSON_Delete(collected);
    if (many && json) lc_buf_puts(&out, "\n]");
    if (json) lc_buf_putc(&out, '\n');
    lc_engine_close(engine);
    lc_diags_free(&diags);

    int code = EXIT_OK;
    if (oom || out.oom)
        code = EXIT_INTERNAL;
    else if (render_failed)
        code = EXIT_RULES;
    else if (invalid)
        code = EXIT_USAGE;
    if (code != EXIT_OK) { /* nothing half-written */
        lc_buf_free(&out);
        return code;
    }
    if (output) {
        int err = lc_write_file_atomic(output, out.data, out.len);
        if (err) {
            fprintf(stderr, "latecomer: cannot write %s: %s\n", output, strerror(err));
            lc_buf_free(&out);
            return EXIT_INTERNAL;
        }
    } else if (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
        lc_buf_free(&out);
        return EXIT_INTERNAL;
    }
    lc_buf_free(&out);
    if (rule_errors) return EXIT_RULES;
    if (fail_on >= 0 && worst >= fail_on) return EXIT_FINDING;
    return EXIT_OK;
}
