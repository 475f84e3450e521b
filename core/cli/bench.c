/* bench.c: `latecomer bench`: how fast the pipeline is, measured the way
 * `evaluate` runs (core/batch), with the inputs held in memory so disk
 * speed does not count.
 *
 *   check floor    load + validate only (what `latecomer check` does)
 *   evaluate       load + validate + derive + rules + plan + classify +
 *                  NDJSON rendering, on 1 thread and on N threads
 *   rule call      the engine's cost of calling one rule, measured with a
 *                  generated pack of no-op rules, and a raw lua_pcall for
 *                  comparison
 *
 * Each figure is the best of --rounds measurements of at least --min-time
 * seconds: on a shared machine the best run is the one least disturbed. */
#define _POSIX_C_SOURCE 200809L
#include <cjson/cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../batch/batch.h"
#include "../engine/engine.h"
#include "../render/render.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/fileio.h"
#include "cli.h"
#include "latecomer/latecomer.h"

static const char help[] =
    "usage: latecomer bench [options] PROFILE...\n"
    "\n"
    "Evaluates the profiles repeatedly (held in memory) and reports profiles per second on\n"
    "one thread and on -j threads, microseconds per rule per profile, the engine's overhead\n"
    "per rule call, peak memory, and the ratio of evaluate to the check floor (load and\n"
    "validate only). bench/run.sh generates profiles and runs this.\n"
    "\n"
    "Options:\n"
    "  -r, --rules DIR      a rule pack (repeatable; default: the bundled pack)\n"
    "  -p, --plugins DIR    a plugin directory (repeatable; default: bundled plugins)\n"
    "  -j, --jobs N         threads for the parallel figure, 2 to 256 (default: number of\n"
    "                       cores, at least 2)\n"
    "  -t, --min-time SEC   each measurement runs at least this long (default 1)\n"
    "      --rounds K       measurements per figure, the best kept (default 3)\n"
    "      --json           one JSON object instead of the table\n"
    "      --targets        exit 1 unless evaluate <= 3x check and N threads >= 0.85 N x 1\n"
    "  -h, --help           this text\n"
    "\n"
    "Exit codes: 0 measured (and targets met with --targets), 1 a target missed,\n"
    "2 usage error or an invalid profile, 3 the rule pack failed to load, 4 internal error.\n";

enum { OPT_ROUNDS = 256, OPT_JSON, OPT_TARGETS };

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* --- inputs held in memory --------------------------------------------- */

typedef struct corpus {
    char **names, **texts;
    size_t *lens;
    size_t n;
} corpus;

typedef struct cycle {
    const corpus *c;
    size_t next, total;
} cycle;

/* The batch source: the corpus again and again, TOTAL items in all. */
static int cycle_next(void *ud, lc_batch_item *item) {
    cycle *cy = ud;
    if (cy->next >= cy->total) return 0;
    size_t k = cy->next++ % cy->c->n;
    item->name = strdup(cy->c->names[k]);
    item->data = malloc(cy->c->lens[k] + 1);
    if (item->data) memcpy(item->data, cy->c->texts[k], cy->c->lens[k] + 1);
    item->len = cy->c->lens[k];
    item->format = LC_INPUT_YAML;
    return 1;
}

typedef struct tally {
    size_t items, failed;
} tally;

static bool count_item(void *ud, lc_batch_item *it) {
    tally *t = ud;
    t->items++;
    t->failed += it->status != LC_OK;
    return true;
}

/* --- measurements -------------------------------------------------------- */

typedef struct bench {
    lc_engine **engines; /* one per thread, opened before any timing */
    const corpus *corpus;
    double min_time;
    unsigned rounds;
} bench;

static double cpu_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Seconds per profile for MODE on THREADS threads: the best of the rounds,
 * each long enough to reach min_time. *CPU receives the process CPU time
 * per profile of that best round (all threads): equal on 1 and N threads
 * means the parallel run adds no work, whatever the machine's load. */
static double per_profile(const bench *B, lc_batch_output mode, unsigned threads, bool *failed,
                          double *cpu) {
    size_t total = B->corpus->n * threads;
    double best = 0;
    for (unsigned r = 0; r < B->rounds; r++) {
        for (;;) {
            cycle cy = {B->corpus, 0, total};
            tally t = {0};
            lc_batch_config bc = {.engine = B->engines[0],
                                  .more_engines = B->engines + 1,
                                  .threads = threads,
                                  .output = mode,
                                  .source = cycle_next,
                                  .sink = count_item,
                                  .source_ud = &cy,
                                  .sink_ud = &t};
            double t0 = now_s(), c0 = cpu_s();
            lc_batch_run(&bc, NULL);
            double dt = now_s() - t0, dc = cpu_s() - c0;
            if (t.failed) *failed = true;
            if (dt >= B->min_time || total > ((size_t)1 << 30)) {
                double each = dt / (double)t.items;
                if (best == 0 || each < best) {
                    best = each;
                    if (cpu) *cpu = dc / (double)t.items;
                }
                break;
            }
            /* aim past min_time at once rather than doubling blindly */
            size_t want = (size_t)((double)total * (B->min_time * 1.2 / (dt > 1e-3 ? dt : 1e-3)));
            total = want > total * 2 ? want : total * 2;
        }
    }
    return best;
}

/* A pack of N rules that do nothing, so timing it measures only what the
 * engine spends per rule call. */
static bool write_noop_pack(const char *dir, unsigned n) {
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) return false;
    for (unsigned i = 0; i < n; i++) {
        char path[4200], text[512];
        snprintf(path, sizeof path, "%s/noop_%03u.lua", dir, i);
        int len = snprintf(text, sizeof text,
                           "return { id = \"noop_%03u\", title = \"no-op\",\n"
                           "  source = { chapter = 1, section = \"bench\", quote = \"bench\" },\n"
                           "  requires = {}, tags = { \"bench\" }, measures = {},\n"
                           "  evaluate = function(p, ctx) end }\n",
                           i);
        if (lc_write_file_atomic(path, text, (size_t)len) != 0) return false;
    }
    return true;
}

static void remove_noop_pack(const char *dir, unsigned n) {
    for (unsigned i = 0; i < n; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/noop_%03u.lua", dir, i);
        unlink(path);
    }
    rmdir(dir);
}

/* Seconds per evaluation of the first profile with the pack in DIR. */
static double with_pack(const char *dir, const bench *B, bool *ok) {
    const char *rules[] = {dir};
    lc_engine_config cfg = {rules, 1, NULL, 0, lc_limits_default()};
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *e = NULL;
    double t = 0;
    if (lc_engine_open(&cfg, &e, &d) == LC_OK) {
        corpus one = {B->corpus->names, B->corpus->texts, B->corpus->lens, 1};
        bench b = {&e, &one, B->min_time / 2, B->rounds};
        bool failed = false;
        t = per_profile(&b, LC_BATCH_RESULT, 1, &failed, NULL);
        *ok = *ok && !failed;
    } else {
        *ok = false;
    }
    lc_engine_close(e);
    lc_diags_free(&d);
    return t;
}

/* Engine seconds per rule call: 1 + N no-op rules against 1 (a pack is
 * never empty: the difference is N calls and nothing else). */
static double rule_call_overhead(const bench *B, bool *ok) {
    enum { NOOP_RULES = 64 };
    char base[] = "/tmp/latecomer-bench-XXXXXX";
    if (!mkdtemp(base)) {
        *ok = false;
        return 0;
    }
    char one[64], noop[64];
    snprintf(one, sizeof one, "%s/one", base);
    snprintf(noop, sizeof noop, "%s/noop", base);
    *ok = write_noop_pack(one, 1) && write_noop_pack(noop, 1 + NOOP_RULES);
    double t_one = *ok ? with_pack(one, B, ok) : 0;
    double t_noop = *ok ? with_pack(noop, B, ok) : 0;
    remove_noop_pack(noop, 1 + NOOP_RULES);
    remove_noop_pack(one, 1);
    rmdir(base);
    return (t_noop - t_one) / NOOP_RULES;
}

/* Seconds per lua_pcall of an empty Lua function: the floor any sandbox
 * adds to. */
static double raw_pcall(void) {
    lua_State *L = luaL_newstate();
    if (!L) return 0;
    luaL_loadstring(L, "return function() end");
    lua_call(L, 0, 1);
    const int n = 2000000;
    double t0 = now_s();
    for (int i = 0; i < n; i++) {
        lua_pushvalue(L, -1);
        lua_pcall(L, 0, 0, 0);
    }
    double dt = now_s() - t0;
    lua_close(L);
    return dt / n;
}

/* --- the verb ------------------------------------------------------------ */

static void free_corpus(corpus *c) {
    for (size_t i = 0; i < c->n; i++) {
        free(c->texts[i]);
        free(c->names[i]);
    }
    free(c->texts);
    free(c->names);
    free(c->lens);
}

/* Reads and validates every profile once: a bench of invalid input would
 * measure error paths. */
static int load_corpus(corpus *c, lc_engine *e, char **paths, int n) {
    c->n = 0;
    c->names = calloc((size_t)n, sizeof(char *));
    c->texts = calloc((size_t)n, sizeof(char *));
    c->lens = calloc((size_t)n, sizeof(size_t));
    if (!c->names || !c->texts || !c->lens) return EXIT_INTERNAL;
    lc_diags d;
    lc_diags_init(&d);
    int code = EXIT_OK;
    for (int i = 0; i < n && code == EXIT_OK; i++) {
        char *text;
        size_t len;
        if (lc_read_file(paths[i], 4u << 20, &text, &len) != LC_READ_OK) {
            fprintf(stderr, "%s: error: cannot read (expected a profile)\n", paths[i]);
            code = EXIT_USAGE;
            break;
        }
        c->names[c->n] = strdup(paths[i]);
        c->texts[c->n] = text;
        c->lens[c->n++] = len;
        lc_profile *p = NULL;
        if (lc_profile_load_buffer(e, paths[i], text, len, &p, &d) != LC_OK) code = EXIT_USAGE;
        lc_profile_free(p);
    }
    lc_diags_print(&d, stderr);
    lc_diags_free(&d);
    return code;
}

/* The 1-minute load average: a shared machine's figures need it beside them. */
static double load_average(void) {
    double l = -1;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf", &l) != 1) l = -1;
        fclose(f);
    }
    return l;
}

static long peak_rss_kib(void) {
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : 0;
}

int cli_bench(int argc, char **argv) {
    static const struct option opts[] = {
        {"rules", required_argument, 0, 'r'},
        {"plugins", required_argument, 0, 'p'},
        {"jobs", required_argument, 0, 'j'},
        {"min-time", required_argument, 0, 't'},
        {"rounds", required_argument, 0, OPT_ROUNDS},
        {"json", no_argument, 0, OPT_JSON},
        {"targets", no_argument, 0, OPT_TARGETS},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    cli_engine_options eng;
    cli_engine_options_init(&eng);
    unsigned jobs = 0, rounds = 3;
    double min_time = 1.0;
    bool json = false, targets = false;
    unsigned long long num;
    optind = 1;
    opterr = 0;
    int c;
    char *end;
    while ((c = getopt_long(argc, argv, ":r:p:j:t:h", opts, NULL)) != -1) {
        int taken = cli_engine_option("bench", c, optarg, &eng);
        if (taken == EXIT_OK) continue;
        if (taken > 0) return taken;
        switch (c) {
        case 'j':
            /* a parallel figure needs two threads; every engine is opened
             * before timing, a few MiB each */
            if (!cli_parse_count(optarg, 2, 256, &num))
                return cli_usage_error("bench", "--jobs needs a number of threads (2 to 256)");
            jobs = (unsigned)num;
            break;
        case 't':
            min_time = strtod(optarg, &end);
            if (end == optarg || *end || !(min_time > 0 && min_time <= 600))
                return cli_usage_error("bench", "--min-time needs seconds (0 to 600)");
            break;
        case OPT_ROUNDS:
            if (!cli_parse_count(optarg, 1, 100, &num))
                return cli_usage_error("bench", "--rounds needs a count (1 to 100)");
            rounds = (unsigned)num;
            break;
        case OPT_JSON: json = true; break;
        case OPT_TARGETS: targets = true; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':': return cli_usage_error("bench", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("bench", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("bench", "no profile given");
    if (!jobs) jobs = lc_batch_cores();
    if (jobs < 2) jobs = 2; /* one core: a parallel figure still needs two threads */

    bench B = {.min_time = min_time, .rounds = rounds};
    B.engines = calloc(jobs, sizeof(*B.engines));
    if (!B.engines) return EXIT_INTERNAL;
    lc_engine_config cfg;
    double t_open = now_s();
    int code = cli_engine_open(&eng, &cfg, &B.engines[0]);
    t_open = now_s() - t_open;
    if (code == EXIT_OK && (B.engines[0]->rules.n_failed || B.engines[0]->plugins.n_failed)) {
        /* a rule that did not load would make the figures those of another pack */
        fprintf(stderr, "latecomer: the rule pack failed to load\n");
        code = EXIT_RULES;
    }
    for (unsigned i = 1; code == EXIT_OK && i < jobs; i++) {
        lc_diags ignored; /* the first engine reported every problem */
        lc_diags_init(&ignored);
        if (lc_engine_open(&cfg, &B.engines[i], &ignored) != LC_OK) code = EXIT_INTERNAL;
        lc_diags_free(&ignored);
    }
    corpus corp = {0};
    if (code == EXIT_OK) code = load_corpus(&corp, B.engines[0], argv + optind, argc - optind);
    if (code != EXIT_OK) {
        for (unsigned i = 0; i < jobs; i++)
            lc_engine_close(B.engines[i]);
        free(B.engines);
        free_corpus(&corp);
        return code;
    }
    B.corpus = &corp;
    size_t n_rules = B.engines[0]->rules.n;
    bool failed = false, overhead_ok = true;
    /* the figures are taken one after another: the load average beside
     * them says how much of the machine a neighbour had meanwhile */
    double load_before = load_average();
    double cpu1 = 0, cpun = 0, cpu_check = 0;
    double check = per_profile(&B, LC_BATCH_CHECK, 1, &failed, &cpu_check);
    double eval1 = per_profile(&B, LC_BATCH_NDJSON, 1, &failed, &cpu1);
    double evaln = per_profile(&B, LC_BATCH_NDJSON, jobs, &failed, &cpun);
    double call = rule_call_overhead(&B, &overhead_ok);
    double pcall = raw_pcall();
    long rss = peak_rss_kib();
    /* the ratio on one thread in CPU time: what a neighbour's load does to
     * the wall clock does not enter it */
    double ratio = cpu1 / cpu_check, speedup = eval1 / evaln;
    bool ratio_ok = ratio <= 3.0, speedup_ok = speedup >= 0.85 * jobs;

    if (json) {
        cJSON *o = cJSON_CreateObject();
        double per_rule = n_rules ? cpu1 * 1e6 / (double)n_rules : 0;
        double stage_per_rule = n_rules ? (cpu1 - cpu_check) * 1e6 / (double)n_rules : 0;
        const struct {
            const char *key;
            double value;
        } figures[] = {
            {"profiles", (double)corp.n},
            {"rules", (double)n_rules},
            {"threads", jobs},
            {"rounds", rounds},
            {"min_time_s", min_time},
            {"load_average", load_before},
            {"engine_open_ms", t_open * 1e3},
            {"check_profiles_per_s", 1 / check},
            {"evaluate_profiles_per_s_1", 1 / eval1},
            {"evaluate_profiles_per_s_n", 1 / evaln},
            {"speedup", speedup},
            {"evaluate_over_check", ratio},
            {"cpu_us_per_profile_check", cpu_check * 1e6},
            {"cpu_us_per_profile_1", cpu1 * 1e6},
            {"cpu_us_per_profile_n", cpun * 1e6},
            {"us_per_rule_per_profile", per_rule},
            {"us_rules_stage_per_rule", stage_per_rule},
            {"us_engine_per_rule_call", overhead_ok ? call * 1e6 : -1},
            {"us_raw_lua_pcall", pcall * 1e6},
            {"peak_rss_kib", (double)rss},
        };
        for (size_t i = 0; o && i < sizeof(figures) / sizeof(figures[0]); i++)
            cJSON_AddNumberToObject(o, figures[i].key, figures[i].value);
        cJSON_AddBoolToObject(o, "target_evaluate_over_check_met", ratio_ok);
        cJSON_AddBoolToObject(o, "target_speedup_met", speedup_ok);
        cJSON_AddBoolToObject(o, "failed_inputs", failed);
        char *text = o ? lc_json_print(o, false) : NULL;
        if (text) printf("%s\n", text);
        free(text);
        cJSON_Delete(o);
    } else {
        printf("latecomer bench: %zu profiles, %zu rules, best of %u rounds of >= %g s\n", corp.n,
               n_rules, rounds, min_time);
        printf("  engine open (compile the pack)   %10.2f ms\n", t_open * 1e3);
        printf("  check floor (load + validate)    %10.1f profiles/s  %9.1f us/profile\n",
               1 / check, check * 1e6);
        printf("  evaluate, 1 thread               %10.1f profiles/s  %9.1f us/profile\n",
               1 / eval1, eval1 * 1e6);
        printf("  evaluate, %u threads              %10.1f profiles/s  (x%.2f)\n", jobs, 1 / evaln,
               speedup);
        printf("  CPU per profile: check, evaluate %10.1f / %.1f us (1 thread)\n", cpu_check * 1e6,
               cpu1 * 1e6);
        printf("  CPU per profile on %u threads     %10.1f us (load average %.2f)\n", jobs,
               cpun * 1e6, load_before);
        printf("  per rule per profile             %10.2f us (CPU: evaluate / rules)\n",
               n_rules ? cpu1 * 1e6 / (double)n_rules : 0);
        printf("  beyond the floor, per rule       %10.2f us (CPU: (evaluate - check) / rules)\n",
               n_rules ? (cpu1 - cpu_check) * 1e6 / (double)n_rules : 0);
        if (overhead_ok)
            printf("  engine cost of one rule call     %10.2f us (no-op rules; raw lua_pcall "
                   "%.3f us)\n",
                   call * 1e6, pcall * 1e6);
        else
            printf("  engine cost of one rule call     (could not be measured)\n");
        printf("  peak memory (RSS)                %10.1f MiB\n", (double)rss / 1024);
        printf("  target evaluate <= 3 x check     %10.2f  %s (CPU time)\n", ratio,
               ratio_ok ? "met" : "MISSED");
        printf("  target %u threads >= %.2f x 1     %10.2f  %s\n", jobs, 0.85 * jobs, speedup,
               speedup_ok ? "met" : "MISSED");
        if (failed) printf("  note: some evaluations failed; figures include error paths\n");
    }
    for (unsigned i = 0; i < jobs; i++)
        lc_engine_close(B.engines[i]);
    free(B.engines);
    free_corpus(&corp);
    return targets && !(ratio_ok && speedup_ok) ? EXIT_FINDING : EXIT_OK;
}
