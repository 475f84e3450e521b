/* jsonw.c: the JSON writer (see jsonw.h). The text rules are cJSON 1.7's
 * printer (print_object, print_array, print_string_ptr, print_number) with
 * its tab indentation written as two spaces, so documents written here
 * and documents printed from a tree cannot differ. */
#include "jsonw.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
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

/* Appends N bytes: in place while the buffer has room (nearly always),
 * else through lc_buf_append, which grows it or records the failure. */
static inline void put(lc_buf *b, const char *s, size_t n) {
    if (n < b->cap - b->len && !b->oom) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        lc_buf_append(b, s, n);
    }
}

#define PUT_LITERAL(b, lit) put((b), (lit), sizeof(lit) - 1)

static void indent(lc_json_writer *w, unsigned depth) {
    static const char spaces[] = "                                                                ";
    size_t n = 2 * (size_t)depth;
    while (n > sizeof spaces - 1) {
        put(w->text, spaces, sizeof spaces - 1);
        n -= sizeof spaces - 1;
    }
    put(w->text, spaces, n);
}

/* Whether any of the 8 bytes in X is a control character, '"' or '\\':
 * the bytes a JSON string escapes (word-at-a-time tests, exact as a yes/no). */
static inline bool word_needs_escape(uint64_t x) {
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    uint64_t any =
        ((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
    return (any & highs) != 0;
}

/* Length of the run of bytes at P (LEN in all) that need no escape. */
static size_t plain_run(const unsigned char *p, size_t len) {
    size_t i = 0;
    for (uint64_t word; i + 8 <= len; i += 8) {
        memcpy(&word, p + i, 8);
        if (word_needs_escape(word)) break;
    }
    while (i < len && p[i] >= 32 && p[i] != '"' && p[i] != '\\')
        i++;
    return i;
}

static void put_string(lc_buf *b, const char *s) {
    const unsigned char *p = (const unsigned char *)s;
    size_t len = strlen(s);
    PUT_LITERAL(b, "\"");
    while (len) {
        size_t run = plain_run(p, len); /* appended at once */
        put(b, (const char *)p, run);
        p += run;
        len -= run;
        if (!len) break;
        char esc[8];
        switch (*p) {
        case '"': PUT_LITERAL(b, "\\\""); break;
        case '\\': PUT_LITERAL(b, "\\\\"); break;
        case '\b': PUT_LITERAL(b, "\\b"); break;
        case '\f': PUT_LITERAL(b, "\\f"); break;
        case '\n': PUT_LITERAL(b, "\\n"); break;
        case '\r': PUT_LITERAL(b, "\\r"); break;
        case '\t': PUT_LITERAL(b, "\\t"); break;
        default: snprintf(esc, sizeof esc, "\\u%04x", *p); put(b, esc, 6);
        }
        p++;
        len--;
    }
    PUT_LITERAL(b, "\"");
}

/* Whether the text S reads back as V, to cJSON's tolerance. */
static bool reads_back(const char *s, double v) {
    double back;
    if (sscanf(s, "%lg", &back) != 1) return false;
    double larger = fabs(back) > fabs(v) ? fabs(back) : fabs(v);
    return fabs(back - v) <= larger * DBL_EPSILON;
}

/* cJSON's print_number: 15 significant digits when they read back as V,
 * else 17; not-a-number and infinities as null. Whole numbers of up to 15
 * digits (years, counts, line numbers: most numbers of a result) print as
 * their digits, which is what %1.15g prints for them, without the libc
 * round trip. */
static void put_number(lc_buf *b, double v) {
    char s[32];
    if (isnan(v) || isinf(v)) {
        PUT_LITERAL(b, "null");
        return;
    }
    if (fabs(v) < 1e15 && v == (double)(long long)v && !(v == 0 && signbit(v))) {
        long long i = (long long)v;
        unsigned long long u = i < 0 ? 0ull - (unsigned long long)i : (unsigned long long)i;
        char *end = s + sizeof s, *d = end;
        do {
            *--d = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (i < 0) *--d = '-';
        put(b, d, (size_t)(end - d));
        return;
    }
    snprintf(s, sizeof s, "%1.15g", v);
    if (!reads_back(s, v)) snprintf(s, sizeof s, "%1.17g", v);
    put(b, s, strlen(s));
}

/* What comes before a value: the separator after its predecessor and, in
 * an object, the indentation and the key. */
static void text_prefix(lc_json_writer *w, const char *key) {
    if (w->depth == 0) return;
    bool first = w->open[w->depth - 1].empty;
    w->open[w->depth - 1].empty = false;
    if (!w->open[w->depth - 1].is_object) {
        if (!first) put(w->text, ", ", w->pretty ? 2 : 1);
        return;
    }
    if (!first) put(w->text, ",\n", w->pretty ? 2 : 1);
    if (w->pretty) indent(w, w->depth);
    put_string(w->text, key ? key : "");
    put(w->text, ": ", w->pretty ? 2 : 1);
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
        if (is_object)
            put(w->text, "{\n", w->pretty ? 2 : 1);
        else
            PUT_LITERAL(w->text, "[");
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
        PUT_LITERAL(w->text, "]");
        return;
    }
    if (w->pretty) {
        if (!w->open[w->depth].empty) PUT_LITERAL(w->text, "\n");
        indent(w, w->depth);
    }
    PUT_LITERAL(w->text, "}");
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
        if (b)
            PUT_LITERAL(w->text, "true");
        else
            PUT_LITERAL(w->text, "false");
    } else {
        tree_add(w, key, cJSON_CreateBool(b));
    }
}

void lc_jw_null(lc_json_writer *w, const char *key) {
    if (w->failed) return;
    if (w->text) {
        text_prefix(w, key);
        PUT_LITERAL(w->text, "null");
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
