/* sandbox.h: one Lua state per engine, with the limits every rule and
 * plugin call runs under.
 *
 * - a counting allocator with a per-call byte cap;
 * - a count hook charging an instruction budget and checking a wall-clock
 *   deadline; once tripped it stays tripped and fires on every instruction,
 *   so a rule's own pcall cannot swallow the kill;
 * - text-only loading, an allow-listed environment, library tables and the
 *   string metatable out of reach, blocked functions that fail loudly.
 * What it cannot stop is documented in docs/rule-authoring.md. */
#ifndef LC_SANDBOX_H
#define LC_SANDBOX_H

#include <lua.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "../engine/result.h"
#include "blockpool.h"
#include "latecomer/latecomer.h"

/* Fault injection for out-of-memory tests (tests/unit/test_oom.c): the
 * allocator refuses growth request number AT (1-based, counted from when
 * the fault is set) and the COUNT requests after it (0 = every request
 * from AT on). Never set outside tests. */
typedef struct lc_alloc_fault {
    uint64_t at, count;
} lc_alloc_fault;

typedef struct lc_sandbox {
    lua_State *L;
    lc_limits limits;
    /* allocator */
    lc_blockpool pool; /* where the state's blocks live */
    size_t mem_used, mem_peak;
    size_t mem_cap; /* absolute cap during a call, 0 outside calls */
    /* What the engine itself holds once loaded (lc_sandbox_settle), 0
     * before: a limited call's cap is this plus the limit, whatever
     * garbage earlier calls or profiles left, so the limit counts the
     * memory a call holds, never the collector's timing. */
    size_t mem_floor;
    /* A growth request refused so that Lua collects its garbage and asks
     * again (the emergency collection); the retry is judged on live bytes. */
    struct {
        bool pending;
        const void *ptr;
        size_t osize, nsize;
    } collect;
    uint64_t refused; /* requests refused for want of memory (not the cap) */
    lc_alloc_fault fault;
    uint64_t requests; /* growth requests since the fault was set */
    /* the call in progress */
    bool in_call; /* a limited call (lc_sandbox_call) is running */
    uint64_t instructions;
    struct timespec deadline;
    lc_fail_kind tripped;
    char blocked[64];   /* name of the blocked function a rule reached for */
    char err_file[256]; /* innermost rule position of the error, from the handler */
    int err_line;
    char trip_file[256]; /* rule position when the memory cap tripped */
    int trip_line;
    char seen_file[256]; /* rule position last seen by the count hook */
    int seen_line;
    const char *seen_source; /* interned source of seen_file, to skip copies */
    size_t printed;          /* bytes print() wrote in this call */
    uint64_t calls;          /* statistics */
    /* A call on a rule's shared instance (shared.c) wrote to one of its
     * sealed tables or looked at one raw: the call is run again on a fresh
     * instance, where that works as it always did. */
    bool sealed_touched;
} lc_sandbox;

typedef struct lc_call_error {
    lc_fail_kind kind;
    char *message; /* malloc'd, first line of the error */
    char *file;    /* malloc'd rule file, or NULL */
    int line;
    bool oom; /* the system (not a limit) refused memory: an internal error */
} lc_call_error;

lc_sandbox *lc_sandbox_open(const lc_limits *limits);
/* Opens with a fault already armed, so the state's own creation is tested. */
lc_sandbox *lc_sandbox_open_faulty(const lc_limits *limits, const lc_alloc_fault *fault);
/* Collects all garbage and makes what is live now the floor that limited
 * calls' memory caps count from (the engine calls it once everything is
 * loaded). Before it, a call's cap counts from what is allocated when the
 * call starts, garbage included. */
void lc_sandbox_settle(lc_sandbox *sb);
/* Arms (or, with at = 0, disarms) the allocator fault from now on. */
void lc_sandbox_set_fault(lc_sandbox *sb, lc_alloc_fault fault);
/* Closes the state. Returns the bytes the allocator still counted live
 * afterwards: anything but 0 is a leak in the accounting. */
size_t lc_sandbox_close(lc_sandbox *sb);

/* Compiles TEXT (never bytecode) as a factory `function(_ENV, ...)` so each
 * call instantiates the chunk afresh: a rule's upvalues and globals cannot
 * outlive one evaluation. Pushes the factory, or returns false with ERR. */
bool lc_sandbox_compile(lc_sandbox *sb, const char *chunkname, const char *text, size_t len,
                        lc_call_error *err);

/* Pushes a new environment whose reads fall through to the frozen safe
 * globals. Raises on out-of-memory: call it inside a protected call. */
void lc_sandbox_new_env(lc_sandbox *sb);

/* lua_pcall under the limits, with a traceback handler that finds the rule
 * file and line. The function and NARGS arguments are on the stack. */
bool lc_sandbox_call(lc_sandbox *sb, int nargs, int nresults, lc_call_error *err);

void lc_call_error_clear(lc_call_error *err);

/* Runs FN(L) with UD as its only argument in protected mode, without the
 * rule limits: for the engine's own Lua work (building the profile view,
 * storing results), so an out-of-memory error is returned, never a panic.
 * NARGS values on the stack are passed after UD; NRESULTS are left. */
bool lc_sandbox_protected(lc_sandbox *sb, lua_CFunction fn, void *ud, int nargs, int nresults);

/* luaL_ref / luaL_unref on the registry, protected: ref pops the value on
 * top of the stack and returns LUA_NOREF when out of memory. */
int lc_sandbox_ref(lc_sandbox *sb);
void lc_sandbox_unref(lc_sandbox *sb, int ref);

/* Read-only views (the profile, config, library tables). Pops the table on
 * top of the stack and pushes a proxy for it. */
void lc_sandbox_freeze(lua_State *L);
bool lc_sandbox_is_frozen(lua_State *L, int idx);

/* Marks the metatable at IDX (of a frozen proxy, or of a call's globals)
 * as belonging to a rule's shared instance: writing to a table it governs,
 * or reading one raw (rawget, rawlen, next, pairs, getmetatable,
 * setmetatable), sets sb->sealed_touched. */
void lc_sandbox_mark_sealed(lua_State *L, int idx);
/* Sets sb->sealed_touched when the value at IDX is so marked. */
void lc_sandbox_note_sealed(lua_State *L, int idx);

/* Pushes a set (function -> true) of the functions the safe globals offer,
 * those of the library tables (string, table, ...) included: the same for
 * every rule, they hold no rule's state. Raises when out of memory. */
void lc_sandbox_push_library(lua_State *L);

/* Pushes the table behind the read-only proxy at IDX, or the value at IDX
 * itself when it is not a proxy. For the engine's C helpers only: the real
 * table must never reach rule code. */
void lc_sandbox_push_real(lua_State *L, int idx);

/* Charges UNITS of work done inside one C function (a sort, a pattern
 * match) to the instruction budget of the limited call in progress, and
 * checks the deadline: raises instruction_limit or timeout when either is
 * spent, as the count hook would. Does nothing outside limited calls. */
void lc_sandbox_charge(lua_State *L, uint64_t units);

/* Raises memory_limit when BYTES more would take the limited call in
 * progress past its memory cap: for C functions about to build a large
 * value in one step (string.rep), so the error names the rule line. */
void lc_sandbox_reserve(lua_State *L, size_t bytes);

/* True while the limited call in progress has tripped a limit. */
bool lc_sandbox_tripped(lua_State *L);

/* Raises a blocked_function error for NAME from inside a C function. */
int lc_sandbox_blocked(lua_State *L, const char *name);

/* The sandbox owning a state. */
lc_sandbox *lc_sandbox_of(lua_State *L);

#endif
