#include "node.h"

#include <stdlib.h>
#include <string.h>

lc_doc *lc_doc_new(const char *name) {
    lc_doc *doc = calloc(1, sizeof(*doc));
    if (!doc) return NULL;
    lc_arena_init(&doc->arena);
    doc->name = strdup(name ? name : "<input>");
    if (!doc->name) {
        free(doc);
        return NULL;
    }
    return doc;
}

void lc_doc_free(lc_doc *doc) {
    if (!doc) return;
    lc_arena_free(&doc->arena);
    free(doc->name);
    free(doc);
}

const char *lc_node_kind_name(lc_node_kind k) {
    switch (k) {
    case LC_NODE_NULL: return "null";
    case LC_NODE_BOOL: return "boolean";
    case LC_NODE_INT: return "integer";
    case LC_NODE_FLOAT: return "number";
    case LC_NODE_STR: return "string";
    case LC_NODE_SEQ: return "list";
    case LC_NODE_MAP: return "mapping";
    }
    return "?";
}

lc_node *lc_node_get(const lc_node *map, const char *key) {
    if (!map || map->kind != LC_NODE_MAP) return NULL;
    for (size_t i = 0; i < map->n; i++) {
        const lc_node *k = map->pairs[i].key;
        if (k->text && strcmp(k->text, key) == 0) return map->pairs[i].value;
    }
    return NULL;
}

lc_node *lc_node_at(const lc_node *root, const char *path) {
    const lc_node *cur = root;
    char seg[128];
    const char *p = path;
    while (cur && *p) {
        size_t len = strcspn(p, ".");
        if (len >= sizeof(seg)) return NULL;
        memcpy(seg, p, len);
        seg[len] = '\0';
        p += len;
        if (*p == '.') p++;
        if (cur->kind == LC_NODE_SEQ) {
            char *end;
            long idx = strtol(seg, &end, 10);
            /* paths are 1-based like Lua sequences */
            if (*end || idx < 1 || (size_t)idx > cur->n) return NULL;
            cur = cur->items[idx - 1];
        } else {
            cur = lc_node_get(cur, seg);
        }
    }
    return (lc_node *)cur;
}

bool lc_node_is_number(const lc_node *n) {
    return n && (n->kind == LC_NODE_INT || n->kind == LC_NODE_FLOAT);
}

double lc_node_number(const lc_node *n) {
    if (!n) return 0;
    if (n->kind == LC_NODE_INT) return (double)n->v.i;
    if (n->kind == LC_NODE_FLOAT) return n->v.f;
    return 0;
}
