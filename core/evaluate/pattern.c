/* pattern.c: Lua patterns with a step budget (see pattern.h).
 *
 * A backtracking matcher over the pattern language of the Lua 5.4 manual:
 * single-character classes (., %a %c %d %g %l %p %s %u %w %x, the old %z,
 * and their upper-case complements, %x for a non-alphanumeric x, [sets] with ranges
 * and classes, [^sets]), the quantifiers * + - ?, anchors ^ and $, captures
 * ( ) and position captures (), back-references %1-%9, %bxy and %f[set].
 * Every loop iteration is one step; steps are charged to the sandbox call in
 * batches, so a pathological pattern stops at the instruction limit or the
 * deadline instead of running unbounded inside one C call. */
#define _GNU_SOURCE /* memmem: linear-time plain search */
#include "pattern.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sandbox.h"

enum {
    MAX_CAPTURES = 32,  /* LUA_MAXCAPTURES */
    MAX_DEPTH = 200,    /* recursion of the matcher: "pattern too complex" beyond */
    CHARGE_EVERY = 4096 /* steps between charges to the budget */
};

#define CAP_UNFINISHED (-1)
#define CAP_POSITION   (-2)
#define ESC            '%'
#define SPECIALS       "^$*+?.([%-"

typedef struct matcher {
    lua_State *L;
    const char *src_init, *src_end, *pat_end;
    int level; /* captures open or closed so far */
    int depth; /* recursion left */
    uint64_t steps;
    struct {
        const char *init;
        ptrdiff_t len; /* or CAP_UNFINISHED, CAP_POSITION */
    } capture[MAX_CAPTURES];
} matcher;

static void step(matcher *m) {
    if (++m->steps >= CHARGE_EVERY) {
        uint64_t n = m->steps;
        m->steps = 0;
        lc_sandbox_charge(m->L, n);
    }
}

static void settle(matcher *m) {
    if (m->steps) lc_sandbox_charge(m->L, m->steps);
    m->steps = 0;
}

/* --- single characters ----------------------------------------------- */

/* The end of the single-character class starting at P. */
static const char *class_end(matcher *m, const char *p) {
    char c = *p++;
    if (c == ESC) {
        if (p >= m->pat_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (*p == '^') p++;
        /* the first character of a set is never its end: "[]]" is a set of ']' */
        do {
            if (p >= m->pat_end) luaL_error(m->L, "malformed pattern (missing ']')");
            c = *p++;
            if (c == ESC && p < m->pat_end) p++;
        } while (*p != ']'); /* the pattern is NUL-terminated: *pat_end is safe */
        return p + 1;
    }
    return p;
}

static bool in_class(int c, int cl) {
    bool res;
    switch (tolower(cl)) {
    case 'a': res = isalpha(c); break;
    case 'c': res = iscntrl(c); break;
    case 'd': res = isdigit(c); break;
    case 'g': res = isgraph(c); break;
    case 'l': res = islower(c); break;
    case 'p': res = ispunct(c); break;
    case 's': res = isspace(c); break;
    case 'u': res = isupper(c); break;
    case 'w': res = isalnum(c); break;
    case 'x': res = isxdigit(c); break;
    case 'z': res = c == 0; break; /* deprecated in the manual, still accepted by Lua */
    default: return cl == c;       /* %x for any other x is x itself */
    }
    return isupper(cl) ? !res : res;
}

/* C against the set [P .. EC], P at '[' and EC at its ']'. */
static bool in_set(int c, const char *p, const char *ec) {
    bool found = true;
    if (p[1] == '^') {
        found = false;
        p++;
    }
    while (++p < ec) {
        if (*p == ESC) {
            p++;
            if (in_class(c, (unsigned char)*p)) return found;
        } else if (p[1] == '-' && p + 2 < ec) {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2]) return found;
            p += 2;
        } else if ((unsigned char)*p == c) {
            return found;
        }
    }
    return !found;
}

/* Does the subject character at S match the class [P, EP)? */
static bool single(const matcher *m, const char *s, const char *p, const char *ep) {
    if (s >= m->src_end) return false;
    int c = (unsigned char)*s;
    switch (*p) {
    case '.': return true;
    case ESC: return in_class(c, (unsigned char)p[1]);
    case '[': return in_set(c, p, ep - 1);
    default: return (unsigned char)*p == c;
    }
}

/* --- the matcher --------------------------------------------------------- */

static const char *match(matcher *m, const char *s, const char *p);

static const char *balance(matcher *m, const char *s, const char *p) {
    if (p >= m->pat_end - 1) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->src_end || *s != *p) return NULL;
    char open = p[0], close = p[1];
    int depth = 1;
    while (++s < m->src_end) {
        step(m);
        if (*s == close) {
            if (--depth == 0) return s + 1;
        } else if (*s == open) {
            depth++;
        }
    }
    return NULL;
}

static const char *expand_greedy(matcher *m, const char *s, const char *p, const char *ep) {
    ptrdiff_t n = 0;
    while (single(m, s + n, p, ep)) {
        step(m);
        n++;
    }
    for (; n >= 0; n--) { /* the longest run first, giving back one at a time */
        step(m);
        const char *res = match(m, s + n, ep + 1);
        if (res) return res;
    }
    return NULL;
}

static const char *expand_lazy(matcher *m, const char *s, const char *p, const char *ep) {
    for (;;) {
        step(m);
        const char *res = match(m, s, ep + 1);
        if (res) return res;
        if (!single(m, s, p, ep)) return NULL;
        s++;
    }
}

static const char *open_capture(matcher *m, const char *s, const char *p, ptrdiff_t what) {
    if (m->level >= MAX_CAPTURES) luaL_error(m->L, "too many captures");
    m->capture[m->level].init = s;
    m->capture[m->level].len = what;
    m->level++;
    const char *res = match(m, s, p);
    if (!res) m->level--;
    return res;
}

static const char *close_capture(matcher *m, const char *s, const char *p) {
    int l = m->level - 1;
    while (l >= 0 && m->capture[l].len != CAP_UNFINISHED)
        l--;
    if (l < 0) luaL_error(m->L, "invalid pattern capture");
    m->capture[l].len = s - m->capture[l].init;
    const char *res = match(m, s, p);
    if (!res) m->capture[l].len = CAP_UNFINISHED;
    return res;
}

/* The capture a back-reference %D names (D as written, '1' for the first). */
static int capture_index(matcher *m, int d) {
    int l = d - '1';
    if (l < 0 || l >= m->level || m->capture[l].len == CAP_UNFINISHED)
        luaL_error(m->L, "invalid capture index %%%d", l + 1);
    return l;
}

static const char *back_reference(matcher *m, const char *s, int d) {
    int l = capture_index(m, d);
    ptrdiff_t len = m->capture[l].len;
    if (len < 0) return NULL; /* a position capture matches no text */
    if (m->src_end - s >= len && memcmp(m->capture[l].init, s, (size_t)len) == 0) return s + len;
    return NULL;
}

static const char *frontier(matcher *m, const char *s, const char **pp) {
    const char *p = *pp + 2;
    if (*p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
    const char *ep = class_end(m, p);
    int prev = s == m->src_init ? '\0' : (unsigned char)s[-1];
    int cur = s < m->src_end ? (unsigned char)*s : '\0';
    if (!in_set(prev, p, ep - 1) && in_set(cur, p, ep - 1)) {
        *pp = ep;
        return s;
    }
    return NULL;
}

/* Matches the pattern from P against the subject from S; the end of the
 * match, or NULL. */
static const char *match(matcher *m, const char *s, const char *p) {
    if (m->depth-- == 0) luaL_error(m->L, "pattern too complex");
    while (p != m->pat_end) {
        step(m);
        if (*p == '(') {
            s = p[1] == ')' ? open_capture(m, s, p + 2, CAP_POSITION)
                            : open_capture(m, s, p + 1, CAP_UNFINISHED);
            break;
        }
        if (*p == ')') {
            s = close_capture(m, s, p + 1);
            break;
        }
        if (*p == '$' && p + 1 == m->pat_end) {
            s = s == m->src_end ? s : NULL;
            break;
        }
        if (*p == ESC && p[1] == 'b') {
            s = balance(m, s, p + 2);
            if (!s) break;
            p += 4;
            continue;
        }
        if (*p == ESC && p[1] == 'f') {
            if (!frontier(m, s, &p)) {
                s = NULL;
                break;
            }
            continue;
        }
        if (*p == ESC && isdigit((unsigned char)p[1])) {
            s = back_reference(m, s, p[1]);
            if (!s) break;
            p += 2;
            continue;
        }
        const char *ep = class_end(m, p);
        if (!single(m, s, p, ep)) {
            if (*ep == '*' || *ep == '?' || *ep == '-') { /* zero repetitions are fine */
                p = ep + 1;
                continue;
            }
            s = NULL;
            break;
        }
        if (*ep == '?') {
            const char *res = match(m, s + 1, ep + 1);
            if (res) {
                s = res;
                break;
            }
            p = ep + 1;
            continue;
        }
        if (*ep == '+') {
            s = expand_greedy(m, s + 1, p, ep);
            break;
        }
        if (*ep == '*') {
            s = expand_greedy(m, s, p, ep);
            break;
        }
        if (*ep == '-') {
            s = expand_lazy(m, s, p, ep);
            break;
        }
        s++;
        p = ep;
    }
    m->depth++;
    return s;
}

/* --- captures ----------------------------------------------------------- */

/* Pushes capture I of the match [S, E) (I = 0 with no captures: the match). */
static void push_capture(matcher *m, int i, const char *s, const char *e) {
    if (i >= m->level) {
        if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    ptrdiff_t len = m->capture[i].len;
    if (len == CAP_UNFINISHED) luaL_error(m->L, "unfinished capture");
    if (len == CAP_POSITION)
        lua_pushinteger(m->L, (m->capture[i].init - m->src_init) + 1);
    else
        lua_pushlstring(m->L, m->capture[i].init, (size_t)len);
}

/* Pushes every capture (or the whole match when there is none and S is
 * given); returns how many. */
static int push_captures(matcher *m, const char *s, const char *e) {
    int n = (m->level == 0 && s) ? 1 : m->level;
    luaL_checkstack(m->L, n, "too many captures");
    for (int i = 0; i < n; i++)
        push_capture(m, i, s, e);
    return n;
}

static void prepare(matcher *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp) {
    m->L = L;
    m->src_init = s;
    m->src_end = s + ls;
    m->pat_end = p + lp;
    m->steps = 0;
}

static void restart(matcher *m) {
    m->level = 0;
    m->depth = MAX_DEPTH;
}

/* A 1-based, possibly negative, start position as an offset in [0, len]
 * or beyond (len + 1 and up: past the end). */
static size_t start_offset(lua_Integer pos, size_t len) {
    if (pos > 0) return (size_t)pos - 1;
    if (pos == 0) return 0;
    if (pos < -(lua_Integer)len) return 0;
    return len + (size_t)pos;
}

static bool has_specials(const char *p, size_t lp) {
    for (size_t i = 0; i < lp; i++)
        if (p[i] && strchr(SPECIALS, p[i])) return true;
    return false;
}

/* --- find, match ---------------------------------------------------------- */

static int find_or_match(lua_State *L, bool find) {
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) {
        lua_pushnil(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
        /* plain search: linear time, charged by the subject's length */
        lc_sandbox_charge(L, (ls - init) / 16 + 1);
        const char *hit = lp > ls - init ? NULL : memmem(s + init, ls - init, p, lp);
        if (!hit) {
            lua_pushnil(L);
            return 1;
        }
        lua_pushinteger(L, (hit - s) + 1);
        lua_pushinteger(L, (lua_Integer)((hit - s) + (ptrdiff_t)lp));
        return 2;
    }
    matcher m;
    prepare(&m, L, s, ls, p, lp);
    bool anchor = *p == '^';
    if (anchor) p++;
    const char *s1 = s + init;
    do {
        restart(&m);
        const char *e = match(&m, s1, p);
        if (e) {
            settle(&m);
            if (find) {
                lua_pushinteger(L, (s1 - s) + 1);
                lua_pushinteger(L, e - s);
                return push_captures(&m, NULL, NULL) + 2;
            }
            return push_captures(&m, s1, e);
        }
    } while (s1++ < m.src_end && !anchor);
    settle(&m);
    lua_pushnil(L);
    return 1;
}

static int str_find(lua_State *L) {
    return find_or_match(L, true);
}

static int str_match(lua_State *L) {
    return find_or_match(L, false);
}

/* --- gmatch ---------------------------------------------------------------- */

typedef struct gmatch_state {
    const char *src, *p, *lastmatch;
    matcher m;
} gmatch_state;

static int gmatch_next(lua_State *L) {
    gmatch_state *g = lua_touserdata(L, lua_upvalueindex(3));
    g->m.L = L;
    for (const char *src = g->src; src <= g->m.src_end; src++) {
        restart(&g->m);
        const char *e = match(&g->m, src, g->p);
        if (e && e != g->lastmatch) {
            g->src = g->lastmatch = e;
            settle(&g->m);
            return push_captures(&g->m, src, e);
        }
    }
    settle(&g->m);
    return 0;
}

static int str_gmatch(lua_State *L) {
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) init = ls + 1; /* starts past the end: no match */
    lua_settop(L, 2);             /* the string and the pattern stay alive as upvalues */
    gmatch_state *g = lua_newuserdatauv(L, sizeof(*g), 0);
    prepare(&g->m, L, s, ls, p, lp);
    g->src = s + init;
    g->p = p;
    g->lastmatch = NULL;
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

/* --- gsub ------------------------------------------------------------------- */

/* The replacement string (argument 3) with %0-%9 and %% expanded. */
static void add_expanded(matcher *m, luaL_Buffer *b, const char *s, const char *e) {
    lua_State *L = m->L;
    size_t l;
    const char *news = lua_tolstring(L, 3, &l);
    const char *p;
    while ((p = memchr(news, ESC, l)) != NULL) {
        luaL_addlstring(b, news, (size_t)(p - news));
        p++;
        if (*p == ESC) {
            luaL_addchar(b, ESC);
        } else if (*p == '0') {
            luaL_addlstring(b, s, (size_t)(e - s));
        } else if (isdigit((unsigned char)*p)) {
            push_capture(m, *p - '1', s, e);
            luaL_tolstring(L, -1, NULL); /* a position capture is a number */
            lua_remove(L, -2);
            luaL_addvalue(b);
        } else {
            luaL_error(L, "invalid use of '%c' in replacement string", ESC);
        }
        l -= (size_t)(p + 1 - news);
        news = p + 1;
    }
    luaL_addlstring(b, news, l);
}

/* Adds the replacement for the match [S, E); false when the original text
 * was kept (a table or function answered false or nil). */
static bool add_replacement(matcher *m, luaL_Buffer *b, const char *s, const char *e, int tr) {
    lua_State *L = m->L;
    if (tr == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (tr == LUA_TTABLE) {
        push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        add_expanded(m, b, s, e);
        return true;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
        return false;
    }
    if (!lua_isstring(L, -1))
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return true;
}

static int str_gsub(lua_State *L) {
    size_t srcl, lp;
    const char *src = luaL_checklstring(L, 1, &srcl);
    const char *p = luaL_checklstring(L, 2, &lp);
    const char *lastmatch = NULL;
    int tr = lua_type(L, 3);
    lua_Integer max_s = luaL_optinteger(L, 4, (lua_Integer)srcl + 1);
    luaL_argexpected(
        L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
        "string/function/table");
    bool anchor = *p == '^';
    if (anchor) p++, lp--;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    matcher m;
    prepare(&m, L, src, srcl, p, lp);
    m.src_init = src;
    lua_Integer n = 0;
    bool changed = false;
    while (n < max_s) {
        restart(&m);
        const char *e = match(&m, src, p);
        if (e && e != lastmatch) {
            n++;
            changed |= add_replacement(&m, &b, src, e, tr);
            src = lastmatch = e;
        } else if (src < m.src_end) {
            luaL_addchar(&b, *src++);
        } else {
            break;
        }
        if (anchor) break;
    }
    settle(&m);
    if (!changed) {
        lua_pushvalue(L, 1);
    } else {
        luaL_addlstring(&b, src, (size_t)(m.src_end - src));
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, n);
    return 2;
}

void lc_pattern_install(lua_State *L, int idx) {
    static const luaL_Reg fns[] = {
        {"find", str_find}, {"match", str_match}, {"gmatch", str_gmatch},
        {"gsub", str_gsub}, {NULL, NULL},
    };
    idx = lua_absindex(L, idx);
    for (const luaL_Reg *f = fns; f->name; f++) {
        lua_pushcfunction(L, f->func);
        lua_setfield(L, idx, f->name);
    }
}
