/* test_every_field PROFILE: checks that PROFILE is valid without warnings
 * and gives every field of the schema at least once (for a field inside a
 * list, in at least one item; history entries do not count). Prints the
 * fields it lacks and exits 1 when one is missing. ctest runs it on
 * valid/every-field.yaml, and on valid/minimal.yaml expecting failure, so
 * the check itself is known to bite. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"
#include "validate/validate.h"

/* Is there a node at the dotted PATH under N, trying every item of every
 * list on the way? */
static bool present(const lc_node *n, const char *path) {
    while (n && n->kind == LC_NODE_SEQ) {
        for (size_t i = 0; i < n->n; i++)
            if (present(n->items[i], path)) return true;
        return false;
    }
    if (!*path) return n && n->kind != LC_NODE_NULL;
    if (!n || n->kind != LC_NODE_MAP) return false;
    size_t len = strcspn(path, ".");
    for (size_t i = 0; i < n->n; i++) {
        const lc_node *k = n->pairs[i].key;
        if (k->text && strlen(k->text) == len && !strncmp(k->text, path, len))
            return present(n->pairs[i].value, path[len] ? path + len + 1 : "");
    }
    return false;
}

typedef struct tally {
    const lc_node *root;
    size_t fields, missing;
} tally;

static bool visit(const lc_field *f, const char *path, unsigned depth, void *ctx) {
    (void)f;
    (void)depth;
    tally *t = ctx;
    t->fields++;
    if (!present(t->root, path)) {
        printf("missing: %s\n", path);
        t->missing++;
        return false; /* its children are missing too: say it once */
    }
    return true;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: test_every_field PROFILE\n");
        return 2;
    }
    lc_diags d;
    lc_diags_init(&d);
    lc_schema *schema = lc_schema_builtin(&d);
    lc_doc *doc = schema ? lc_yaml_load_file(argv[1], NULL, &d) : NULL;
    if (doc) lc_validate(schema, doc, &d);
    lc_diags_sort(&d);
    lc_diags_print(&d, stdout);
    int rc = 1;
    if (doc && d.n == 0) {
        tally t = {.root = doc->root};
        lc_schema_walk(schema, visit, &t);
        printf("%s: %zu of %zu schema fields used\n", argv[1], t.fields - t.missing, t.fields);
        rc = t.missing == 0 && t.fields > 0 ? 0 : 1;
    } else if (doc) {
        printf("%s: expected no diagnostics\n", argv[1]);
    }
    lc_doc_free(doc);
    lc_schema_free(schema);
    lc_diags_free(&d);
    return rc;
}
