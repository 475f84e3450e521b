/* Unit tests: the step-counted pattern matcher (core/evaluate/pattern.c)
 * against Lua's own string.find, match, gmatch and gsub: hand-picked cases
 * for every feature and error, then thousands of random patterns and
 * subjects from a fixed seed. Results and error messages must be identical.
 * That pathological patterns stop at the limits is tested in test_sandbox.c. */
#include <lauxlib.h>
#include <lualib.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/pattern.h"

static const char compare_script[] =
    "local stock, ours, math = ...\n"
    "local function pack(ok, ...) return { ok = ok, n = select('#', ...), ... } end\n"
    "local function show(r)\n"
    "  local o = {}\n"
    "  for i = 1, r.n do o[i] = type(r[i]) .. ':' .. tostring(r[i]) end\n"
    "  return (r.ok and 'ok ' or 'error ') .. table.concat(o, ' ')\n"
    "end\n"
    "local function iterate(lib, s, p, init)\n"
    "  local out, n = {}, 0\n"
    "  for a, b, c in lib.gmatch(s, p, init) do\n"
    "    n = n + 1\n"
    "    out[n] = tostring(a) .. '|' .. tostring(b) .. '|' .. tostring(c)\n"
    "    if n > 100 then break end\n"
    "  end\n"
    "  return table.concat(out, ';')\n"
    "end\n"
    "local function by_function(...) return select('#', ...) .. ':' .. table.concat({...}, ',') "
    "end\n"
    "local by_table = { a = 'A', b = false, ['1'] = 'one' }\n"
    "local checked, failures = 0, {}\n"
    "local function check(what, f1, f2, ...)\n"
    "  checked = checked + 1\n"
    "  local a, b = show(pack(pcall(f1, ...))), show(pack(pcall(f2, ...)))\n"
    "  if a ~= b and #failures < 20 then\n"
    "    local args = {}\n"
    "    for i = 1, select('#', ...) do args[i] = string.format('%q', tostring((select(i, ...)))) "
    "end\n"
    "    failures[#failures + 1] = what .. '(' .. table.concat(args, ', ') .. '): lua ' .. a .. ' "
    "/ ours ' .. b\n"
    "  end\n"
    "end\n"
    "local function all(s, p, init)\n"
    "  for _, name in ipairs({ 'find', 'match' }) do\n"
    "    check(name, stock[name], ours[name], s, p, init)\n"
    "  end\n"
    "  check('find plain', stock.find, ours.find, s, p, init, true)\n"
    "  check('gmatch', function() return iterate(stock, s, p, init) end,\n"
    "        function() return iterate(ours, s, p, init) end)\n"
    "  for _, repl in ipairs({ '<%0>', '%1-%%', by_function, by_table, 7 }) do\n"
    "    check('gsub', stock.gsub, ours.gsub, s, p, repl)\n"
    "    check('gsub 2', stock.gsub, ours.gsub, s, p, repl, 2)\n"
    "  end\n"
    "end\n"
    "local patterns = {\n"
    "  'a', '', '.', '%a+', '%d*', '%s-', '%w?', '%W', '%p', '%c', '%x+', '%u%l', '%g', '%S+',\n"
    "  '[abc]+', '[^abc]', '[a-c]', '[]]', '[^]]', '[%a-]', '[a-]', '[-a]', '[%]]', '[a%-z]',\n"
    "  '^a', 'a$', '^$', '^', '$', 'a$b', '^%d+$', '(a)(b)', '()a()', '(a(b))', '((a)%2)',\n"
    "  '(%a+)=(%w+)', '%b()', '%b[]', '%f[%w]%w+', '%f[%W]', '%f[%a]', '.-b', '.*b', 'a.-a',\n"
    "  '(.-)%1', '(a*(.)%w(%s*))', '%.', '%%', 'x*', 'x-', '[%d_]+', '%1', '%0', '(', ')',\n"
    "  '%', '[a', '[^', '%f', '%fa', '%b', '%bx', '(()', 'a)', '%g+%s*$', '[\\0-\\31]',\n"
    "  string.rep('()', 33), '%z', '[%z]', '\\0', 'a\\0b',\n"
    "}\n"
    "local subjects = { '', 'a', 'ab', 'aab', 'abc', 'ba', 'hello world', 'x=1, y=22',\n"
    "  '(a(b)c)', '[x]', 'a.b', '100%', 'A1 b2', 'aaa', 'THE (quick) fox', 'a\\0b', ' \\t\\n',\n"
    "  'THE (quick) fox', string.rep('a', 40) }\n"
    "for _, p in ipairs(patterns) do\n"
    "  for _, s in ipairs(subjects) do\n"
    "    for _, init in ipairs({ 1, 0, -3, 4, 60 }) do all(s, p, init) end\n"
    "  end\n"
    "end\n"
    "all(string.rep('a', 250), string.rep('a?', 250), 1) -- pattern too complex\n"
    "math.randomseed(20261128)\n"
    "local tokens = { 'a', 'b', '.', '%a', '%d', '%s', '%w', '%W', '[ab]', '[^a]', '[a-c]', '(',\n"
    "  ')', '()', '%1', '*', '+', '-', '?', '^', '$', '%b()', '%f[%w]', '[%d_]', '%.', ' ', '1' }\n"
    "local letters = { 'a', 'b', '1', ' ', '_', '(', ')', '.', 'c' }\n"
    "for i = 1, 6000 do\n"
    "  local p = {}\n"
    "  for k = 1, math.random(1, 6) do p[k] = tokens[math.random(#tokens)] end\n"
    "  local s = {}\n"
    "  for k = 1, math.random(0, 12) do s[k] = letters[math.random(#letters)] end\n"
    "  all(table.concat(s), table.concat(p), math.random(-2, 4))\n"
    "end\n"
    "return checked, table.concat(failures, '\\n')\n";

static void same_results_as_lua(void **state) {
    (void)state;
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    luaL_loadbuffer(L, compare_script, strlen(compare_script), "=compare");
    lua_getglobal(L, "string"); /* Lua's own */
    lua_newtable(L);
    lc_pattern_install(L, -1); /* ours; outside a sandbox call nothing is charged */
    lua_getglobal(L, "math");
    if (lua_pcall(L, 3, 2, 0) != LUA_OK) fail_msg("compare script: %s", lua_tostring(L, -1));
    lua_Integer checked = lua_tointeger(L, -2);
    const char *failures = lua_tostring(L, -1);
    fprintf(stderr, "%lld comparisons\n", (long long)checked);
    if (failures[0]) fail_msg("differences:\n%s", failures);
    assert_true(checked > 100000);
    lua_close(L);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_results_as_lua),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
