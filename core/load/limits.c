/* limits.c: the input limits every loader enforces (docs/limits.md). */
#include "load.h"

lc_input_limits lc_input_limits_default(void) {
    return (lc_input_limits){
        .max_bytes = 4u * 1024 * 1024,
        .max_depth = 64,
        .max_aliases = 64,
        .max_expanded_nodes = 200000,
        .max_string_len = 64 * 1024,
    };
}

lc_load_limits lc_load_limits_default(void) {
    return lc_input_limits_default();
}

void lc_input_limits_merge(lc_input_limits *limits, const lc_input_limits *overrides) {
    if (overrides->max_bytes) limits->max_bytes = overrides->max_bytes;
    if (overrides->max_depth) limits->max_depth = overrides->max_depth;
    if (overrides->max_aliases) limits->max_aliases = overrides->max_aliases;
    if (overrides->max_expanded_nodes) limits->max_expanded_nodes = overrides->max_expanded_nodes;
    if (overrides->max_string_len) limits->max_string_len = overrides->max_string_len;
}
