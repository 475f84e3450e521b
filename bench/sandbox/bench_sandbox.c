/* bench_sandbox: what the sandbox costs per rule call.
 *
 *   bench_sandbox [--rules N] [--min-time SECONDS] [--json]
 *
 * 1. plain: N trivial rules loaded once into a bare Lua state (standard
 *    libraries, no limits), each evaluate(p, ctx) called with lua_pcall;
 * 2. sandboxed: the same N rules as a rule pack, evaluated by the engine
 *    (sealed instance of each rule, fresh environment, ctx, requires
 *    check, the call under the instruction, memory and time limits, trace
 *    bookkeeping), minus an evaluation of an empty pack: the per-rule part;
 * 3. loop: a rule running a 10^6-iteration loop, plain vs sandboxed, to
 *    show what the count hook costs code that computes;
 * 4. patterns: typical string.gmatch/gsub/find/match calls with Lua's own
 *    matcher and with the step-counted one rules get (pattern.c).
 * Reports ns per rule call for each and the ratios, measured in one run.
 * Timings need no particular machine; run it via bench/sandbox/run.sh. */
#define _POSIX_C_SOURCE 200809L
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "engine/engine.h"
#include "evaluate/pattern.h"
#include "latecomer/latecomer.h"
#include "util/diag.h"

static const char rule_template[] = "return {\n"
                                    "  id = \"rule_%d\",\n"
                                    "  title = \"a trivial rule\",\n"
                                    "  requires = { \"finance.collateral_value_pct_loan\" },\n"
                                    "  evaluate = function(p, ctx)\n"
                                    "    if p.finance.collateral_value_pct_loan > 1000 then\n"
                                    "      error('never')\n"
                                    "    end\n"
                                    "  end,\n"
                                    "}\n";

static const char loop_rule[] = "return {\n"
                                "  id = \"loop\",\n"
                                "  title = \"a rule that computes\",\n"
                                "  evaluate = function(p, ctx)\n"
                                "    local s = 0\n"
                                "    for i = 1, 1000000 do s = s + i %% 7 end\n"
                                "    if s < 0 then error('never') end\n"
                                "  end,\n"
                                "}\n";

static const char profile_text[] = "format: latecomer.profile/1\n"
                                   "country: {iso3: XBE, name: Bench, year: 2024}\n"
                                   "finance: {collateral_value_pct_loan: 210}\n";

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
        fprintf(stderr, "bench_sandbox: cannot write %s\n", path);
        exit(4);
    }
}

/* A pack of N trivial rules (or the loop rule) in DIR. */
static void make_pack(const char *dir, int n, bool loop) {
    mkdir(dir, 0700);
    char path[512], text[1024];
    if (loop) {
        snprintf(path, sizeof path, "%s/loop.lua", dir);
        snprintf(text, sizeof text, loop_rule);
        write_file(path, text);
    }
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/rule_%04d.lua", dir, i);
        snprintf(text, sizeof text, rule_template, i);
        write_file(path, text);
    }
}

static void remove_pack(const char *dir) {
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "bench_sandbox: could not remove %s\n", dir);
}

/* Seconds per engine evaluation of PACK (at least MIN_TIME of repetitions). */
static double engine_seconds(const char *pack, double min_time) {
    const char *rules[] = {pack};
    lc_engine_config cfg = {rules, 1, NULL, 0, lc_limits_default()};
    lc_diags d;
    lc_diags_init(&d);
    lc_engine *e = NULL;
    lc_profile *p = NULL;
    if (lc_engine_open(&cfg, &e, &d) != LC_OK ||
        lc_profile_load_buffer(e, "bench.yaml", profile_text, strlen(profile_text), &p, &d) !=
            LC_OK) {
        lc_diags_print(&d, stderr);
        exit(4);
    }
    lc_diags_free(&d);
    long reps = 0;
    double start = now_s(), elapsed;
    do {
        lc_result *r = NULL;
        if (lc_engine_evaluate(e, p, NULL, &r) != LC_OK || lc_result_error_count(r)) exit(4);
        lc_result_free(r);
        reps++;
    } while ((elapsed = now_s() - start) < min_time);
    lc_profile_free(p);
    lc_engine_close(e);
    return elapsed / (double)reps;
}

/* Seconds per round of calls of every rule's evaluate in a bare state. */
static double plain_seconds(int n, bool loop, double min_time) {
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    /* p and ctx as plain tables */
    if (luaL_dostring(L, "return {finance = {collateral_value_pct_loan = 210}}, {}") != LUA_OK)
        exit(4);
    lua_setglobal(L, "ctx");
    lua_setglobal(L, "p");
    lua_newtable(L);
    int rules = lua_gettop(L);
    char text[1024];
    int count = loop ? 1 : n;
    for (int i = 0; i < count; i++) {
        snprintf(text, sizeof text, loop ? loop_rule : rule_template, i);
        if (luaL_dostring(L, text) != LUA_OK) exit(4);
        lua_getfield(L, -1, "evaluate");
        lua_rawseti(L, rules, i + 1);
        lua_pop(L, 1);
    }
    long reps = 0;
    double start = now_s(), elapsed;
    do {
        for (int i = 1; i <= count; i++) {
            lua_rawgeti(L, rules, i);
            lua_getglobal(L, "p");
            lua_getglobal(L, "ctx");
            if (lua_pcall(L, 2, 0, 0) != LUA_OK) exit(4);
        }
        reps++;
    } while ((elapsed = now_s() - start) < min_time);
    lua_close(L);
    return elapsed / (double)reps;
}

/* Seconds per round of typical pattern calls with Lua's matcher (OURS
 * false) or the step-counted one (pattern.c), in a bare state. */
static double pattern_seconds(bool ours, double min_time) {
    static const char script[] =
        "local lib = ...\n"
        "local text = string.rep('Korea 1992: SMEs at 47.0%% of large firms; (wage 66.7) ', 20)\n"
        "return function()\n"
        "  local n = 0\n"
        "  for w in lib.gmatch(text, '%%a+') do n = n + 1 end\n"
        "  local s = lib.gsub(text, '(%%d+)%%.(%%d)', '%%1,%%2')\n"
        "  local a, b = lib.find(text, '%%b()', 1)\n"
        "  local y = lib.match(text, '(%%d%%d%%d%%d):')\n"
        "  return n + #s + a + #y\n"
        "end\n";
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    char text[2048];
    snprintf(text, sizeof text, script);
    if (luaL_loadstring(L, text) != LUA_OK) exit(4);
    if (ours) {
        lua_newtable(L);
        lc_pattern_install(L, -1);
    } else {
        lua_getglobal(L, "string");
    }
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) exit(4);
    long reps = 0;
    double start = now_s(), elapsed;
    do {
        lua_pushvalue(L, -1);
        if (lua_pcall(L, 0, 1, 0) != LUA_OK) exit(4);
        lua_pop(L, 1);
        reps++;
    } while ((elapsed = now_s() - start) < min_time);
    lua_close(L);
    return elapsed / (double)reps;
}

int main(int argc, char **argv) {
    int n = 200;
    double min_time = 1.0;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--rules") && i + 1 < argc)
            n = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--min-time") && i + 1 < argc)
            min_time = atof(argv[++i]);
        else if (!strcmp(argv[i], "--json"))
            json = true;
        else {
            fprintf(stderr, "usage: bench_sandbox [--rules N] [--min-time SECONDS] [--json]\n");
            return 2;
        }
    }
    if (n < 1 || min_time <= 0) return 2;
    char base[] = "/tmp/latecomer-bench-XXXXXX";
    if (!mkdtemp(base)) return 4;
    char empty[600], many[600], loop[600];
    snprintf(empty, sizeof empty, "%s/empty", base);
    snprintf(many, sizeof many, "%s/many", base);
    snprintf(loop, sizeof loop, "%s/loop", base);
    make_pack(empty, 0, false);
    make_pack(many, n, false);
    make_pack(loop, 0, true);

    double plain = plain_seconds(n, false, min_time) / n;
    double sandboxed = (engine_seconds(many, min_time) - engine_seconds(empty, min_time)) / n;
    double plain_loop = plain_seconds(1, true, min_time);
    double sandboxed_loop = engine_seconds(loop, min_time) - engine_seconds(empty, min_time);
    double lua_patterns = pattern_seconds(false, min_time),
           our_patterns = pattern_seconds(true, min_time);
    remove_pack(base);

    if (json) {
        printf("{\"rules\": %d, \"plain_ns_per_call\": %.0f, \"sandboxed_ns_per_call\": %.0f, "
               "\"ratio\": %.1f, \"loop_plain_ms\": %.2f, \"loop_sandboxed_ms\": %.2f, "
               "\"loop_ratio\": %.2f, \"patterns_lua_us\": %.1f, \"patterns_stepped_us\": %.1f, "
               "\"patterns_ratio\": %.2f}\n",
               n, plain * 1e9, sandboxed * 1e9, sandboxed / plain, plain_loop * 1e3,
               sandboxed_loop * 1e3, sandboxed_loop / plain_loop, lua_patterns * 1e6,
               our_patterns * 1e6, our_patterns / lua_patterns);
        return 0;
    }
    printf("trivial rule, %d rules per evaluation (one run, %s):\n", n, LUA_RELEASE);
    printf("  plain Lua call (bare state, rule loaded once)  %8.0f ns per rule call\n",
           plain * 1e9);
    printf("  sandboxed call (sealed instance, limits, ctx) %8.0f ns per rule call\n",
           sandboxed * 1e9);
    printf("  sandbox cost                                   %8.1fx\n", sandboxed / plain);
    printf("rule running a 10^6-iteration loop:\n");
    printf("  plain %.2f ms, sandboxed %.2f ms: %.2fx\n", plain_loop * 1e3, sandboxed_loop * 1e3,
           sandboxed_loop / plain_loop);
    printf("typical patterns (gmatch, gsub, find %%b(), match) over a 1 KB text:\n");
    printf("  Lua's matcher %.1f us, step-counted matcher %.1f us: %.2fx\n", lua_patterns * 1e6,
           our_patterns * 1e6, our_patterns / lua_patterns);
    return 0;
}
