/* jsonw.c: the JSON writer (see jsonw.h). The text rules are cJSON 1.7's
 * printer (print_object, print_array, print_string_ptr, print_number) with
 * its tab indentation written as two spaces, so documents written here
 * and documents printed from a tree cannot differ. */
#include "jsonw.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

void lc_jw_text(lc_json_writer *w, lc_buf *out, bool pretty) {
    *w = (lc_json_writer){.text = out, .pretty = pretty};
}

void lc_jw_tree(lc_json_writer *w) {
    *w = (lc_json_writer){0};
}

cJSON *lc_jw_tree_take(lc_json_writer *w) {
    cJSON *root = w->root;
    w->root = NULL;
    if (!w->failed && w->depth == 0) return root;
    cJSON_Delete(root);
    return NULL;
}

bool lc_jw_ok(const lc_json_writer *w) {
    return !w->failed && !(w->text && w->text->oom);
}

/* --- text ---------------------------------------------------------------- */

static void indent(lc_json_writer *w, unsigned depth) {
    for (unsigned i = 0; i < depth; i++)
        lc_buf_append(w->text, "  ", 2);
}

static void put_string(lc_buf *b, const char *s) {
    lc_buf_putc(b, '"');
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        const unsigned char *run = p; /* bytes that need no escape, appended at once */
        while (*p >= 32 && *p != '"' && *p != '\\')
            p++;
        lc_buf_append(b, (const char *)run, (size_t)(p - run));
        if (!*p) break;
        char esc[8];
        switch (*p) {
        case '"': lc_buf_append(b, "\\\"", 2); break;
        case '\\': lc_buf_append(b, "\\\\", 2); break;
        case '\b': lc_buf_append(b, "\\b", 2); break;
        case '\f': lc_buf_append(b, "\\f", 2); break;
        case '\n': lc_buf_append(b, "\\n", 2); break;
        case '\r': lc_buf_append(b, "\\r", 2); break;
        case '\t': lc_buf_append(b, "\\t", 2); break;
        default: snprintf(esc, sizeof esc, "\\u%04x", *p); lc_buf_puts(b, esc);
        }
        p++;
    }
    lc_buf_putc(b, '"');
}

/* Whether the text S reads back as V, to cJSON's tolerance. */
static bool reads_back(const char *s, double v) {
    double back;
    if (sscanf(s, "%lg", &back) != 1) return false;
    double larger = fabs(back) > fabs(v) ? fabs(back) : fabs(v);
    return fabs(back - v) <= larger * DBL_EPSILON;
}

/* cJSON's print_number: 15 significant digits when they read back as V,
 * else 17; not-a-number and infinities as null. */
static void put_number(lc_buf *b, double v) {
    char s[32];
    if (isnan(v) || isinf(v)) {
        lc_buf_puts(b, "null");
        return;
    }
    snprintf(s, sizeof s, "%1.15g", v);
    if (!reads_back(s, v)) snprintf(s, sizeof s, "%1.17g", v);
    lc_buf_puts(b, s);
}

/* What comes before a value: the separator after its predecessor and, in
 * an object, the indentation and the key. */
static void text_prefix(lc_json_writer *w, const char *key) {
    if (w->depth == 0) return;
    bool first = w->open[w->depth - 1].empty;
    w->open[w->depth - 1].empty = false;
    if (!w->open[w->depth - 1].is_object) {
        if (!first) lc_buf_puts(w->text, w->pretty ? ", " : ",");
        return;
    }
    if (!first) lc_buf_puts(w->text, w->pretty ? ",\n" : ",");
    if (w->pretty) indent(w, w->depth);
    put_string(w->text, key ? key : "");
    lc_buf_puts(w->text, w->pretty ? ": " : ":");
}

/* --- tree ----------------------------------------------------------------- */

/* Adds the finished value V (NULL: out of memory) where the writer stands. */
static void tree_add(lc_json_writer *w, const char *key, cJSON *v) {
    if (!v) {
        w->failed = true;
        return;
    }
    if (w->depth == 0) {
        cJSON_Delete(w->root);
        w->root = v;
        return;
    }
    cJSON *parent = w->open[w->depth - 1].node;
    bool added = w->open[w->depth - 1].is_object ? cJSON_AddItemToObject(parent, key ? key : "", v)
                                                 : cJSON_AddItemToArray(parent, v);
    if (!added) {
        cJSON_Delete(v);
        w->failed = true;
    }
}

/* --- values ---------------------------------------------------------------- */

static void open_container(lc_json_writer *w, const char *key, bool is_object) {
    if (w->failed) return;
    if (w->depth == LC_JSON_MAX_DEPTH) {
        w->failed = true;
        return;
    }
    cJSON *node = NULL;
    if (w->text) {
        text_prefix(w, key);
        lc_buf_puts(w->text, is_object ? (w->pretty ? "{\n" : "{") : "[");
    } else {
        node = is_object ? cJSON_CreateObject() : cJSON_CreateArray();
        tree_add(w, key, node);
        if (w->failed) return;
    }
    w->open[w->depth].node = node;
    w->open[w->depth].is_object = is_object;
    w->open[w->depth].empty = true;
    w->depth++;
}

void lc_jw_object(lc_json_writer *w, const char *key) {
    open_container(w, key, true);
}

void lc_jw_array(lc_json_writer *w, const char *key) {
    open_container(w, key, false);
}

void lc_jw_end(lc_json_writer *w) {
    if (w->failed || w->depth == 0) {
        w->failed = true;
        return;
    }
    w->depth--;
    if (!w->text) return;
    if (!w->open[w->depth].is_object) {
        lc_buf_putc(w->text, ']');
        return;
    }
    if (w->pretty) {
        if (!w->open[w->depth].empty) lc_buf_putc(w->text, '\n');
        indent(w, w->depth);
    }
    lc_buf_putc(w->text, '}');
}

void lc_jw_string(lc_json_writer *w, const char *key, const char *s) {
    if (w->failed) return;
    if (!s) {
        lc_jw_null(w, key);
    } else if (w->text) {
        text_prefix(w, key);
        put_string(w->text, s);
    } else {
        tree_add(w, key, cJSON_CreateString(s));
    }
}

void lc_jw_number(lc_json_writer *w, const char *key, double v) {
    if (w->failed) return;
    if (w->text) {
        text_prefix(w, key);
        put_number(w->text, v);
    } else {
        tree_add(w, key, cJSON_CreateNumber(v));
    }
}

void lc_jw_bool(lc_json_writer *w, const char *key, bool b) {
    if (w->failed) return;
    if (w->text) {
        text_prefix(w, key);
        lc_buf_puts(w->text, b ? "true" : "false");
    } else {
        tree_add(w, key, cJSON_CreateBool(b));
    }
}

void lc_jw_null(lc_json_writer *w, const char *key) {
    if (w->failed) return;
    if (w->text) {
        text_prefix(w, key);
        lc_buf_puts(w->text, "null");
    } else {
        tree_add(w, key, cJSON_CreateNull());
    }
}

/* Text: the tree J, item by item, through the same rules. */
static void write_tree(lc_json_writer *w, const char *key, const cJSON *j) {
    if (cJSON_IsObject(j) || cJSON_IsArray(j)) {
        bool object = cJSON_IsObject(j);
        open_container(w, key, object);
        for (const cJSON *c = j->child; c && !w->failed; c = c->next)
            write_tree(w, object ? c->string : NULL, c);
        lc_jw_end(w);
    } else if (cJSON_IsString(j)) {
        lc_jw_string(w, key, j->valuestring);
    } else if (cJSON_IsNumber(j)) {
        lc_jw_number(w, key, j->valuedouble);
    } else if (cJSON_IsBool(j)) {
        lc_jw_bool(w, key, cJSON_IsTrue(j));
    } else if (cJSON_IsRaw(j)) {
        if (w->failed) return;
        text_prefix(w, key);
        lc_buf_puts(w->text, j->valuestring ? j->valuestring : "");
    } else {
        lc_jw_null(w, key);
    }
}

void lc_jw_json(lc_json_writer *w, const char *key, const cJSON *j) {
    if (w->failed) return;
    if (!j)
        lc_jw_null(w, key);
    else if (w->text)
        write_tree(w, key, j);
    else
        tree_add(w, key, cJSON_Duplicate(j, true));
}

void lc_jw_node(lc_json_writer *w, const char *key, const lc_node *n) {
    if (!n) {
        lc_jw_null(w, key);
        return;
    }
    switch (n->kind) {
    case LC_NODE_NULL: lc_jw_null(w, key); return;
    case LC_NODE_BOOL: lc_jw_bool(w, key, n->v.b); return;
    case LC_NODE_INT: lc_jw_number(w, key, (double)n->v.i); return;
    case LC_NODE_FLOAT: lc_jw_number(w, key, n->v.f); return;
    case LC_NODE_STR: lc_jw_string(w, key, n->text); return;
    case LC_NODE_SEQ:
        lc_jw_array(w, key);
        for (size_t i = 0; i < n->n; i++)
            lc_jw_node(w, NULL, n->items[i]);
        lc_jw_end(w);
        return;
    case LC_NODE_MAP:
        lc_jw_object(w, key);
        for (size_t i = 0; i < n->n; i++)
            if (n->pairs[i].key->text) lc_jw_node(w, n->pairs[i].key->text, n->pairs[i].value);
        lc_jw_end(w);
        return;
    }
}
