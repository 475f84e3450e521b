/* engine.h: the engine context and one evaluation in progress (internal).
 * Everything the pipeline needs hangs off these two structs. */
#ifndef LC_ENGINE_H
#define LC_ENGINE_H

#include "../evaluate/rulepack.h"
#include "../evaluate/sandbox.h"
#include "../load/load.h"
#include "../plan/catalog.h"
#include "../plan/sequence.h"
#include "../validate/schema.h"
#include "latecomer/latecomer.h"
#include "result.h"

struct lc_engine {
    lc_limits limits;
    lc_load_limits load_limits;
    lc_schema *schema;
    lc_sandbox *sb;
    lc_scripts rules;    /* rule packs */
    lc_scripts plugins;  /* indicator and renderer plugins */
    lc_catalog *catalog; /* from the first pack that has measures.yaml */
    int designs_ref;     /* registry: the catalogue's designs as frozen tables (classify) */
    const char *rules_version;
};

struct lc_profile {
    lc_doc *doc;
};

/* One evaluation: the profile as Lua, the result being built, the measures
 * findings asked for. */
typedef struct lc_run {
    lc_engine *e;
    const lc_profile *profile;
    const lc_eval_options *opts;
    lc_result *r;
    int profile_ref; /* frozen view given to rules */
    int derived_ref; /* real table behind p.derived */
    lc_request *requests;
    size_t n_requests, cap_requests;
    char **request_ids; /* finding ids owned by the run */
    size_t n_request_ids;
} lc_run;

/* lc_engine_open with the sandbox allocator's fault injection armed from
 * the start (out-of-memory tests only; FAULT may be NULL). */
lc_status lc_engine_open_faulty(const lc_engine_config *cfg, const lc_alloc_fault *fault,
                                lc_engine **out, lc_diags *diags);

#endif
