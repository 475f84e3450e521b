/* node.h: the document tree every loader produces (YAML today, JSON lines
 * for pipelines) and every later stage reads. Each node keeps the position
 * of its first character so diagnostics and evidence can point back into the
 * file. Nodes live in the document's arena. */
#ifndef LC_NODE_H
#define LC_NODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/arena.h"

typedef enum {
    LC_NODE_NULL,
    LC_NODE_BOOL,
    LC_NODE_INT,
    LC_NODE_FLOAT,
    LC_NODE_STR,
    LC_NODE_SEQ,
    LC_NODE_MAP,
} lc_node_kind;

typedef struct lc_node lc_node;

typedef struct lc_pair {
    lc_node *key;
    lc_node *value;
} lc_pair;

struct lc_node {
    lc_node_kind kind;
    uint32_t line, col; /* 1-based */
    bool quoted;        /* scalar was quoted or a block scalar: never typed */
    const char *text;   /* scalar source text (NUL-terminated); NULL for collections */
    size_t text_len;
    union {
        bool b;
        int64_t i;
        double f;
    } v;
    size_t n; /* items of a sequence, pairs of a map */
    lc_node **items;
    lc_pair *pairs;
    /* Set by the validator when the value was written in provenance form
     * ({value, year, source, code}): the map it was unwrapped from. */
    const lc_node *prov;
    /* Set by the validator on a value the file did not give but the format
     * defaults (country.as_of, `default:` fields); positioned at its map. */
    bool defaulted;
};

typedef struct lc_doc {
    lc_arena arena;
    char *name; /* file path as given, for messages and evidence */
    lc_node *root;
} lc_doc;

lc_doc *lc_doc_new(const char *name);
void lc_doc_free(lc_doc *doc);

const char *lc_node_kind_name(lc_node_kind k);
/* Value of KEY in a map node (by the key's source text), or NULL. */
lc_node *lc_node_get(const lc_node *map, const char *key);
/* Dotted path lookup ("finance.npl_pct"); a numeric segment indexes a
 * sequence or matches an integer map key (history years). NULL if absent. */
lc_node *lc_node_at(const lc_node *root, const char *path);
bool lc_node_is_number(const lc_node *n);
double lc_node_number(const lc_node *n);

#endif
