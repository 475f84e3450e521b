/* jsonw.h: one way to describe a JSON document, two destinations. A
 * document written through an lc_json_writer either becomes JSON text
 * directly (no tree is built, duplicated and freed on the way) or a cJSON
 * tree (what renderer plugins and collections need). The result document
 * is described once, in json.c, and both outputs follow from it.
 *
 * Text is byte for byte what cJSON 1.7 prints for the same tree: compact,
 * or indented by two spaces per level with "key": value, arrays on one
 * line with ", " between items, numbers as cJSON formats them. */
#ifndef LC_JSONW_H
#define LC_JSONW_H

#include <cjson/cJSON.h>
#include <stdbool.h>

#include "../load/node.h"
#include "../util/buf.h"

enum { LC_JSON_MAX_DEPTH = 64 };

typedef struct lc_json_writer {
    lc_buf *text; /* the text destination, or NULL when building a tree */
    bool pretty;
    cJSON *root; /* the tree destination */
    unsigned depth;
    struct {
        cJSON *node; /* tree: the open container */
        bool is_object;
        bool empty; /* nothing written into it yet */
    } open[LC_JSON_MAX_DEPTH];
    bool failed; /* out of memory, or nested deeper than LC_JSON_MAX_DEPTH */
} lc_json_writer;

/* Writes to OUT (appended), indented when PRETTY. */
void lc_jw_text(lc_json_writer *w, lc_buf *out, bool pretty);
/* Builds a cJSON tree; take it with lc_jw_tree_take. */
void lc_jw_tree(lc_json_writer *w);
/* The tree (caller frees), or NULL after a failure. */
cJSON *lc_jw_tree_take(lc_json_writer *w);
/* Whether everything so far was written. */
bool lc_jw_ok(const lc_json_writer *w);

/* Each value takes KEY inside an object and NULL inside an array or at
 * the top. A NULL string, tree or node is written as null. */
void lc_jw_object(lc_json_writer *w, const char *key);
void lc_jw_array(lc_json_writer *w, const char *key);
void lc_jw_end(lc_json_writer *w); /* closes the innermost object or array */
void lc_jw_string(lc_json_writer *w, const char *key, const char *s);
void lc_jw_number(lc_json_writer *w, const char *key, double v);
void lc_jw_bool(lc_json_writer *w, const char *key, bool b);
void lc_jw_null(lc_json_writer *w, const char *key);
/* A copy of an existing tree. */
void lc_jw_json(lc_json_writer *w, const char *key, const cJSON *j);
/* A document node (scalars typed as loaded; map keys by their text). */
void lc_jw_node(lc_json_writer *w, const char *key, const lc_node *n);

#endif
