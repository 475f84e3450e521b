/* Unit tests: the sandbox holds against the classic escapes. The full
 * hostile-rule suite runs whole rule packs (tests/hostile, issue 4). */
#include <lauxlib.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/sandbox.h"

static int push_env(lua_State *L) {
    lc_sandbox_new_env(lua_touserdata(L, 1));
    return 1;
}

/* Compiles CODE as a chunk and runs it in a fresh environment. */
static lc_fail_kind run(lc_sandbox *sb, const char *code, lc_call_error *err) {
    memset(err, 0, sizeof(*err));
    if (!lc_sandbox_compile(sb, "@rules/t.lua", code, strlen(code), err)) return err->kind;
    assert_true(lc_sandbox_protected(sb, push_env, sb, 0, 1));
    return lc_sandbox_call(sb, 1, 0, err) ? LC_FAIL_NONE : err->kind;
}

static lc_sandbox *open_small(void) {
    lc_limits lim = {.max_instructions = 2000000, .max_memory = 4u << 20, .timeout_ms = 2000};
    return lc_sandbox_open(&lim);
}

static void benign_code_runs(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    assert_int_equal(run(sb,
                         "local t = {} for i = 1, 100 do t[i] = i * 2 end "
                         "assert(#t == 100) assert(string.format('%d', 3) == '3')",
                         &err),
                     LC_FAIL_NONE);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

static void infinite_loop_hits_instruction_limit(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    assert_int_equal(run(sb, "while true do end", &err), LC_FAIL_INSTRUCTIONS);
    assert_string_equal(err.file, "rules/t.lua");
    assert_int_equal(err.line, 1);
    lc_call_error_clear(&err);
    /* the kill survives the rule's own pcall */
    assert_int_equal(run(sb, "for i = 1, 100 do pcall(function() while true do end end) end", &err),
                     LC_FAIL_INSTRUCTIONS);
    lc_call_error_clear(&err);
    /* nor can xpcall's handler run on: the hook's error reaches it with
     * Lua's hooks off */
    assert_int_equal(run(sb,
                         "xpcall(function() while true do end end,\n"
                         "       function() while true do end end)",
                         &err),
                     LC_FAIL_INSTRUCTIONS);
    lc_call_error_clear(&err);
    assert_int_equal(run(sb,
                         "local ok, m = xpcall(function() error('x') end, function(e) "
                         "return 'handled ' .. e end)\n"
                         "assert(not ok and m:find('handled') and select('#', xpcall(print, "
                         "print, 1, 2)) == 1)",
                         &err),
                     LC_FAIL_NONE);
    lc_call_error_clear(&err);
    /* and the state is usable afterwards */
    assert_int_equal(run(sb, "local x = 1", &err), LC_FAIL_NONE);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

static void memory_bomb_hits_memory_limit(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    assert_int_equal(
        run(sb, "local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(1024) .. i end", &err),
        LC_FAIL_MEMORY);
    lc_call_error_clear(&err);
    assert_int_equal(run(sb, "local s = ('x'):rep(1 << 30)", &err), LC_FAIL_MEMORY);
    lc_call_error_clear(&err);
    assert_int_equal(run(sb,
                         "pcall(string.rep, 'x', 1 << 30) local t = {} "
                         "for i = 1, 10 do t[i] = i end",
                         &err),
                     LC_FAIL_MEMORY);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

/* Leaves about *BYTES of unreachable strings in the state, with the
 * collector stopped so none of it is collected before the next call. */
static int make_garbage(lua_State *L) {
    const size_t *bytes = lua_touserdata(L, 1);
    char text[1000];
    memset(text, 'g', sizeof text);
    lua_gc(L, LUA_GCSTOP);
    for (size_t made = 0; made < *bytes; made += sizeof text) {
        memcpy(text, &made, sizeof made); /* long strings: each one allocated */
        lua_pushlstring(L, text, sizeof text);
        lua_pop(L, 1);
    }
    lua_gc(L, LUA_GCRESTART);
    return 0;
}

/* Once settled (as every engine is), a call's memory limit counts what the
 * call holds: garbage left by earlier calls or profiles neither eats into
 * its budget nor widens it, so whether a rule reaches the limit cannot
 * depend on what this engine evaluated before (-j1 and -jN agree). */
static void memory_limit_counts_what_a_call_holds(void **state) {
    (void)state;
    lc_sandbox *sb = open_small(); /* 4 MiB per call */
    lc_sandbox_settle(sb);
    lc_call_error err;
    const char *holds_3mib = "local t = {} for i = 1, 3000 do t[i] = ('h'):rep(1000) .. i end";
    const char *holds_5mib = "local t = {} for i = 1, 5000 do t[i] = ('h'):rep(1000) .. i end";
    const char *churns_20mib = "for i = 1, 20000 do local s = ('c'):rep(1000) .. i end";
    for (int with_garbage = 0; with_garbage < 2; with_garbage++) {
        size_t garbage = 3u << 20;
        if (with_garbage) {
            assert_true(lc_sandbox_protected(sb, make_garbage, &garbage, 0, 0));
            assert_true(sb->mem_used > sb->mem_floor + (2u << 20)); /* the garbage is there */
        }
        assert_int_equal(run(sb, holds_3mib, &err), LC_FAIL_NONE);
        lc_call_error_clear(&err);
        if (with_garbage) assert_true(lc_sandbox_protected(sb, make_garbage, &garbage, 0, 0));
        assert_int_equal(run(sb, holds_5mib, &err), LC_FAIL_MEMORY);
        assert_string_equal(err.file, "rules/t.lua");
        assert_int_equal(err.line, 1);
        lc_call_error_clear(&err);
        if (with_garbage) assert_true(lc_sandbox_protected(sb, make_garbage, &garbage, 0, 0));
        assert_int_equal(run(sb, churns_20mib, &err), LC_FAIL_NONE); /* its own garbage either */
        lc_call_error_clear(&err);
    }
    lc_sandbox_close(sb);
}

static void blocked_functions_are_named(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    const char *attempts[][2] = {
        {"os.execute('true')", "os.execute"},
        {"io.open('/etc/passwd')", "io.open"},
        {"load('return 1')()", "load"},
        {"dofile('/etc/passwd')", "dofile"},
        {"collectgarbage()", "collectgarbage"},
        {"debug.getinfo(1)", "debug.getinfo"},
        {"coroutine.wrap(function() end)", "coroutine.wrap"},
        {"math.random()", "math.random"},
        {"pcall(os.exit) local x = 1", "os.exit"},
    };
    for (size_t i = 0; i < sizeof attempts / sizeof attempts[0]; i++) {
        assert_int_equal(run(sb, attempts[i][0], &err), LC_FAIL_BLOCKED);
        assert_non_null(strstr(err.message, attempts[i][1]));
        lc_call_error_clear(&err);
    }
    lc_sandbox_close(sb);
}

static void shared_tables_cannot_be_poisoned(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    assert_int_equal(run(sb, "string.upper = nil", &err), LC_FAIL_RUNTIME);
    lc_call_error_clear(&err);
    assert_int_equal(run(sb, "rawset(string, 'upper', nil)", &err), LC_FAIL_RUNTIME);
    lc_call_error_clear(&err);
    assert_int_equal(run(sb, "assert(getmetatable('') == false)", &err), LC_FAIL_NONE);
    lc_call_error_clear(&err);
    assert_int_equal(run(sb, "assert(('').dump == nil and string.dump == nil)", &err),
                     LC_FAIL_NONE);
    lc_call_error_clear(&err);
    /* globals a chunk sets stay in its own environment */
    assert_int_equal(run(sb, "leaked = 42", &err), LC_FAIL_NONE);
    assert_int_equal(run(sb, "assert(leaked == nil)", &err), LC_FAIL_NONE);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

static void bytecode_and_syntax_errors_fail_to_load(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err = {0};
    assert_false(lc_sandbox_compile(sb, "@rules/b.lua", "\x1bLuaT\0\x19\x93", 9, &err));
    assert_int_equal(err.kind, LC_FAIL_LOAD);
    lc_call_error_clear(&err);
    const char *bad = "local x = \n\nif then end";
    assert_false(lc_sandbox_compile(sb, "@rules/s.lua", bad, strlen(bad), &err));
    assert_int_equal(err.kind, LC_FAIL_LOAD);
    assert_string_equal(err.file, "rules/s.lua");
    assert_int_equal(err.line, 3);
    lc_call_error_clear(&err);
    /* Lua shortens a long chunk name in the message to "...tail": the error
     * still names the whole file and the line */
    const char *deep = "@/a/checkout/with/a/long/name/rules/governance/sub/area/s.lua";
    assert_false(lc_sandbox_compile(sb, deep, bad, strlen(bad), &err));
    assert_int_equal(err.kind, LC_FAIL_LOAD);
    assert_string_equal(err.file, deep + 1);
    assert_int_equal(err.line, 3);
    assert_non_null(strstr(err.message, "...")); /* the message really was shortened */
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

static void wrapper_cannot_be_escaped(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err = {0};
    /* a text that closes the factory early would run its loop at load time */
    const char *escape = "end, (function() while true do end end)(), function()";
    assert_false(lc_sandbox_compile(sb, "@rules/e.lua", escape, strlen(escape), &err));
    assert_int_equal(err.kind, LC_FAIL_LOAD);
    assert_string_equal(err.file, "rules/e.lua");
    assert_int_equal(err.line, 1);
    lc_call_error_clear(&err);
    assert_int_equal(lc_sandbox_close(sb), 0); /* the allocator's count is back to zero */
}

static void memory_errors_name_their_line(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    /* one huge allocation inside a C function */
    assert_int_equal(run(sb, "local a = 1\nlocal s = ('x'):rep(1 << 30)\n", &err), LC_FAIL_MEMORY);
    assert_string_equal(err.file, "rules/t.lua");
    assert_int_equal(err.line, 2);
    lc_call_error_clear(&err);
    /* a table outgrowing the cap in a loop */
    assert_int_equal(run(sb, "local t = {}\nfor i = 1, 1e9 do\n  t[i] = i\nend\n", &err),
                     LC_FAIL_MEMORY);
    assert_string_equal(err.file, "rules/t.lua");
    assert_true(err.line >= 2 && err.line <= 3);
    lc_call_error_clear(&err);
    /* doubling a string */
    assert_int_equal(run(sb, "local s = 'x'\nwhile true do\n  s = s .. s\nend\n", &err),
                     LC_FAIL_MEMORY);
    assert_int_equal(err.line, 3);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

static void odd_error_objects_are_described(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    assert_int_equal(run(sb, "error(42)", &err), LC_FAIL_RUNTIME);
    assert_string_equal(err.message, "42");
    lc_call_error_clear(&err);
    assert_int_equal(run(sb,
                         "local trap = function() while true do end end\n"
                         "error(setmetatable({}, {__tostring = trap, __index = trap}))\n",
                         &err),
                     LC_FAIL_RUNTIME);
    assert_string_equal(err.message, "(error object is a table value)");
    assert_int_equal(err.line, 2);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

static void pathological_patterns_hit_the_limits(void **state) {
    (void)state;
    lc_limits lim = {.max_instructions = 20000000, .max_memory = 8u << 20, .timeout_ms = 5000};
    lc_sandbox *sb = lc_sandbox_open(&lim);
    lc_call_error err;
    /* Lua's own matcher would take hours on each of these */
    const char *attacks[] = {
        "local s = ('a'):rep(20000)\nlocal x = s:find('.-.-.-b')\n",
        "local s = ('a'):rep(20000)\nlocal x = s:match('(a*)*b')\n",
        "local s = ('a'):rep(20000)\nlocal n = select(2, s:gsub('a-a-a-b', ''))\n",
        "local s = ('a'):rep(20000)\nfor w in s:gmatch('.-.-.-b') do end\n",
    };
    for (size_t i = 0; i < sizeof attacks / sizeof attacks[0]; i++) {
        assert_int_equal(run(sb, attacks[i], &err), LC_FAIL_INSTRUCTIONS);
        assert_string_equal(err.file, "rules/t.lua");
        assert_int_equal(err.line, 2);
        lc_call_error_clear(&err);
    }
    /* ordinary patterns are unaffected */
    assert_int_equal(run(sb, "assert(('key=value'):match('(%w+)=(%w+)') == 'key')", &err),
                     LC_FAIL_NONE);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

/* Standard functions that loop inside one C call are charged up front. */
static void long_c_loops_are_charged(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    const char *loops[] = {
        "local t = {}\ntable.move(t, 1, 1e15, 2)\n",
        "local t = setmetatable({}, {__len = function() return 1e15 end, __index = rawlen})\n"
        "local s = table.concat(t)\n",
        "local t = setmetatable({}, {__len = function() return 1e12 end, __index = rawlen})\n"
        "table.sort(t)\n",
        "local t = setmetatable({}, {__len = function() return 1e15 end})\n"
        "table.insert(t, 1, 'x')\n",
    };
    for (size_t i = 0; i < sizeof loops / sizeof loops[0]; i++) {
        assert_int_equal(run(sb, loops[i], &err), LC_FAIL_INSTRUCTIONS);
        assert_int_equal(err.line, 2);
        lc_call_error_clear(&err);
    }
    /* an empty string repeated 10^18 times is empty, at once */
    assert_int_equal(run(sb, "assert(('').rep('', 1e18) == '')", &err), LC_FAIL_NONE);
    lc_call_error_clear(&err);
    /* a huge repetition is refused before it is built, at its line */
    assert_int_equal(run(sb, "local a = 1\nlocal s = ('xy'):rep(1e9)\n", &err), LC_FAIL_MEMORY);
    assert_int_equal(err.line, 2);
    lc_call_error_clear(&err);
    /* the ordinary uses still work */
    assert_int_equal(run(sb,
                         "local t = {3, 1, 2} table.sort(t) table.insert(t, 1, 0)\n"
                         "assert(table.concat(t, ',') == '0,1,2,3')\n"
                         "assert(select('#', table.unpack(t)) == 4 and table.remove(t) == 3)\n"
                         "assert(('ab'):rep(3, '-') == 'ab-ab-ab')\n",
                         &err),
                     LC_FAIL_NONE);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

static void finalizers_and_weak_tables_are_blocked(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    assert_int_equal(run(sb, "setmetatable({}, {__gc = function() while true do end end})", &err),
                     LC_FAIL_BLOCKED);
    assert_non_null(strstr(err.message, "setmetatable with __gc"));
    lc_call_error_clear(&err);
    assert_int_equal(run(sb, "setmetatable({}, {__mode = 'k'})", &err), LC_FAIL_BLOCKED);
    lc_call_error_clear(&err);
    assert_int_equal(
        run(sb, "local t = setmetatable({}, {__index = {a = 1}}) assert(t.a == 1)", &err),
        LC_FAIL_NONE);
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

/* Nothing a rule can print or format depends on addresses or hash order. */
static void no_output_depends_on_addresses_or_hashing(void **state) {
    (void)state;
    lc_sandbox *sb = open_small();
    lc_call_error err;
    assert_int_equal(run(sb,
                         "assert(tostring({}) == 'table' and tostring(print) == 'function')\n"
                         "assert(string.format('%s|%5.1f', {}, 2) == 'table|  2.0')\n"
                         "assert(tostring(setmetatable({}, {__tostring = function() return 'x' "
                         "end})) == 'x')\n"
                         "local seen = {}\n"
                         "for k in pairs({zeta = 1, alpha = 2, [10] = 3, [2] = 4, mid = 5}) do\n"
                         "  seen[#seen + 1] = tostring(k)\n"
                         "end\n"
                         "assert(table.concat(seen, ' ') == '2 10 alpha mid zeta')\n",
                         &err),
                     LC_FAIL_NONE);
    lc_call_error_clear(&err);
    assert_int_equal(run(sb, "local s = string.format('%p', {})", &err), LC_FAIL_RUNTIME);
    assert_non_null(strstr(err.message, "'%p' is not available"));
    lc_call_error_clear(&err);
    lc_sandbox_close(sb);
}

/* The state's small-block pool: blocks of every size class and beyond,
 * resized across classes and to and from malloc sizes, keep their bytes
 * and never overlap (under ASan an overflow into a neighbour is caught). */
static void block_pool_keeps_every_block_intact(void **state) {
    (void)state;
    enum { SLOTS = 512, ROUNDS = 20000 };
    lc_blockpool pool = {0};
    unsigned char *blocks[SLOTS] = {0};
    size_t sizes[SLOTS] = {0};
    uint32_t seed = 12345;
    for (int round = 0; round < ROUNDS; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t i = (seed >> 8) % SLOTS;
        seed = seed * 1103515245u + 12345u;
        /* mostly small blocks, some just past the pool, some well beyond */
        size_t n = (seed >> 8) % 8 == 0 ? LC_POOL_MAX - 64 + (seed >> 12) % 4096
                                        : 1 + (seed >> 12) % LC_POOL_MAX;
        if (blocks[i]) /* its bytes are still the ones written */
            for (size_t k = 0; k < sizes[i]; k++)
                assert_int_equal(blocks[i][k], (unsigned char)(i + k));
        if ((seed >> 20) % 5 == 0) { /* free */
            lc_blockpool_realloc(&pool, blocks[i], sizes[i], 0);
            blocks[i] = NULL;
            sizes[i] = 0;
            continue;
        }
        unsigned char *b = lc_blockpool_realloc(&pool, blocks[i], sizes[i], n);
        assert_non_null(b);
        assert_int_equal((uintptr_t)b % _Alignof(max_align_t), 0);
        for (size_t k = 0; k < sizes[i] && k < n; k++) /* resized: the common part moved with it */
            assert_int_equal(b[k], (unsigned char)(i + k));
        for (size_t k = 0; k < n; k++)
            b[k] = (unsigned char)(i + k);
        blocks[i] = b;
        sizes[i] = n;
    }
    for (size_t i = 0; i < SLOTS; i++)
        lc_blockpool_realloc(&pool, blocks[i], sizes[i], 0);
    lc_blockpool_release(&pool);
    assert_null(pool.slabs);
}

/* Freed blocks are reused before a slab grows: a state that allocates
 * and frees the same amount again and again stays within one slab. */
static void block_pool_reuses_freed_blocks(void **state) {
    (void)state;
    lc_blockpool pool = {0};
    void *first = NULL;
    for (int round = 0; round < 1000; round++) {
        void *b[64];
        for (int k = 0; k < 64; k++)
            assert_non_null(b[k] = lc_blockpool_realloc(&pool, NULL, 0, 1 + (size_t)k * 15));
        if (!first) first = pool.slabs;
        for (int k = 0; k < 64; k++)
            lc_blockpool_realloc(&pool, b[k], 1 + (size_t)k * 15, 0);
    }
    assert_ptr_equal(pool.slabs, first); /* no second slab was needed */
    lc_blockpool_release(&pool);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(benign_code_runs),
        cmocka_unit_test(infinite_loop_hits_instruction_limit),
        cmocka_unit_test(memory_bomb_hits_memory_limit),
        cmocka_unit_test(memory_limit_counts_what_a_call_holds),
        cmocka_unit_test(blocked_functions_are_named),
        cmocka_unit_test(shared_tables_cannot_be_poisoned),
        cmocka_unit_test(bytecode_and_syntax_errors_fail_to_load),
        cmocka_unit_test(wrapper_cannot_be_escaped),
        cmocka_unit_test(memory_errors_name_their_line),
        cmocka_unit_test(odd_error_objects_are_described),
        cmocka_unit_test(pathological_patterns_hit_the_limits),
        cmocka_unit_test(long_c_loops_are_charged),
        cmocka_unit_test(finalizers_and_weak_tables_are_blocked),
        cmocka_unit_test(no_output_depends_on_addresses_or_hashing),
        cmocka_unit_test(block_pool_keeps_every_block_intact),
        cmocka_unit_test(block_pool_reuses_freed_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
