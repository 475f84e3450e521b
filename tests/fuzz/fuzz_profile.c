/* fuzz_profile.c: libFuzzer target for the load and validate stages.
 *
 * Any byte string goes through the YAML loader with the default limits and,
 * when it loads, through the validator against the built-in schema, exactly
 * as `latecomer check` does; then the diagnostics are sorted and formatted
 * and the tree is walked. Crashes, leaks, undefined behaviour and
 * unbounded memory are the findings (ASan, UBSan, -rss_limit_mb).
 *
 *   CC=clang cmake -S . -B build-fuzz -DLATECOMER_FUZZ=ON -DLATECOMER_TESTS=OFF
 *   cmake --build build-fuzz --target fuzz_profile
 *   build-fuzz/tests/fuzz/fuzz_profile -dict=tests/fuzz/profile.dict \
 *       CORPUS tests/fuzz/corpus tests/profiles/valid tests/profiles/invalid
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"
#include "validate/iso3.h"
#include "validate/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Compiled once: the schema is constant, and compiling it per input would
 * drown the loader in the profile. Harness state only; the library keeps
 * none. */
static lc_schema *schema;

static void walk(const lc_node *n, unsigned depth, size_t *count) {
    (*count)++;
    if (depth > 300) abort(); /* the loader promises a bounded depth */
    if (n->kind == LC_NODE_SEQ)
        for (size_t i = 0; i < n->n; i++)
            walk(n->items[i], depth + 1, count);
    if (n->kind == LC_NODE_MAP)
        for (size_t i = 0; i < n->n; i++) {
            walk(n->pairs[i].key, depth + 1, count);
            walk(n->pairs[i].value, depth + 1, count);
        }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!schema) {
        lc_diags d;
        lc_diags_init(&d);
        schema = lc_schema_builtin(&d);
        lc_diags_free(&d);
        if (!schema) abort();
    }
    lc_diags d;
    lc_diags_init(&d);
    lc_load_limits lim = lc_load_limits_default();
    lc_doc *doc = lc_yaml_load("fuzz.yaml", (const char *)data, size, &lim, &d);
    if (doc) {
        lc_validate(schema, doc, &d);
        size_t count = 0;
        walk(doc->root, 0, &count);
        (void)lc_node_at(doc->root, "country.iso3");
        (void)lc_node_at(doc->root, "history.1980.sme.productivity_ratio_pct.all_sme");
        lc_doc_free(doc);
    }
    lc_diags_sort(&d);
    for (size_t i = 0; i < d.n; i++) {
        char *line = lc_diag_format(&d.items[i]);
        if (!line) abort();
        free(line);
    }
    lc_diags_free(&d);
    /* short inputs double as schema paths and country codes */
    if (size < 128) {
        char text[128];
        memcpy(text, data, size);
        text[size] = '\0';
        (void)lc_schema_lookup(schema, text);
        (void)lc_iso3_classify(text, NULL);
    }
    return 0;
}
