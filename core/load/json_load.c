/* json_load.c: a small recursive-descent JSON parser (RFC 8259) that builds
 * lc_node trees with line:column positions. Strict: no comments, no
 * trailing commas, no NaN or Infinity, UTF-8 only, no NUL in strings. */
#include "json_load.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"

typedef struct parser {
    const unsigned char *p, *end;
    uint32_t line, col;
    lc_doc *doc;
    const lc_load_limits *lim;
    lc_diags *diags;
    unsigned depth;
    size_t nodes;
    bool failed;
    lc_buf scratch; /* decoded string being built */
} parser;

#if defined(__GNUC__)
#define LC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LC_PRINTF(a, b)
#endif

/* fail(): the tree cannot be trusted any more, stop parsing.
 * complain(): the value is wrong but the tree is sound, keep going so the
 * user sees every problem at once. */
static void fail(parser *P, uint32_t line, uint32_t col, const char *fmt, ...) LC_PRINTF(4, 5);
static void complain(parser *P, uint32_t line, uint32_t col, const char *fmt, ...) LC_PRINTF(4, 5);

static void fail(parser *P, uint32_t line, uint32_t col, const char *fmt, ...) {
    if (P->failed) return; /* the first fatal problem is the one to fix */
    va_list ap;
    va_start(ap, fmt);
    lc_diags_vadd(P->diags, LC_DIAG_ERROR, P->doc->name, (int)line, (int)col, fmt, ap);
    va_end(ap);
    P->failed = true;
}

static void complain(parser *P, uint32_t line, uint32_t col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lc_diags_vadd(P->diags, LC_DIAG_ERROR, P->doc->name, (int)line, (int)col, fmt, ap);
    va_end(ap);
}

/* Consumes one byte, keeping line and column (columns count characters:
 * UTF-8 continuation bytes do not move it). */
static void advance(parser *P) {
    unsigned char c = *P->p++;
    if (c == '\n') {
        P->line++;
        P->col = 1;
    } else if ((c & 0xC0) != 0x80) {
        P->col++;
    }
}

static void skip_ws(parser *P) {
    while (P->p < P->end && (*P->p == ' ' || *P->p == '\t' || *P->p == '\n' || *P->p == '\r'))
        advance(P);
}

/* What is at the cursor, for "unexpected X" messages. */
static void describe_here(const parser *P, char *out, size_t cap) {
    if (P->p >= P->end) {
        snprintf(out, cap, "end of input");
        return;
    }
    unsigned char c = *P->p;
    if (c >= 0x20 && c < 0x7f)
        snprintf(out, cap, "'%c'", c);
    else
        snprintf(out, cap, "byte 0x%02x", c);
}

static lc_node *new_node(parser *P, lc_node_kind kind, uint32_t line, uint32_t col) {
    if (++P->nodes > P->lim->max_expanded_nodes) {
        fail(P, line, col, "document has more than %zu values (expected a smaller profile)",
             P->lim->max_expanded_nodes);
        return NULL;
    }
    lc_node *n = lc_arena_alloc(&P->doc->arena, sizeof(*n));
    if (!n) {
        fail(P, line, col, "out of memory");
        return NULL;
    }
    n->kind = kind;
    n->line = line;
    n->col = col;
    return n;
}

static bool set_text(parser *P, lc_node *n, const char *s, size_t len) {
    n->text = lc_arena_strndup(&P->doc->arena, s, len);
    n->text_len = len;
    if (!n->text) fail(P, n->line, n->col, "out of memory");
    return n->text != NULL;
}

/* --- strings -------------------------------------------------------- */

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool read_hex4(parser *P, unsigned *out) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int h = P->p < P->end ? hex_value(*P->p) : -1;
        if (h < 0) {
            fail(P, P->line, P->col, "bad \\u escape (expected four hexadecimal digits)");
            return false;
        }
        v = v * 16 + (unsigned)h;
        advance(P);
    }
    *out = v;
    return true;
}

static void put_utf8(lc_buf *b, unsigned cp) {
    char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    lc_buf_append(b, s, n);
}

/* Length of the well-formed UTF-8 sequence at P (RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF), or 0. */
static size_t utf8_sequence(const unsigned char *p, const unsigned char *end) {
    unsigned char c = p[0];
    size_t n;
    unsigned cp;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

static bool read_escape(parser *P, uint32_t line, uint32_t col) {
    advance(P); /* the backslash */
    if (P->p >= P->end) {
        fail(P, line, col, "unterminated string (expected a closing '\"')");
        return false;
    }
    unsigned char e = *P->p;
    const char *simple = NULL;
    switch (e) {
    case '"': simple = "\""; break;
    case '\\': simple = "\\"; break;
    case '/': simple = "/"; break;
    case 'b': simple = "\b"; break;
    case 'f': simple = "\f"; break;
    case 'n': simple = "\n"; break;
    case 'r': simple = "\r"; break;
    case 't': simple = "\t"; break;
    case 'u': break;
    default:
        fail(P, P->line, P->col,
             "unknown escape '\\%c' (expected one of \\\" \\\\ \\/ \\b \\f \\n "
             "\\r \\t \\uXXXX)",
             e >= 0x20 && e < 0x7f ? e : '?');
        return false;
    }
    uint32_t eline = P->line, ecol = P->col - 1;
    advance(P);
    if (simple) {
        lc_buf_putc(&P->scratch, simple[0]);
        return true;
    }
    unsigned cp;
    if (!read_hex4(P, &cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
        fail(P, eline, ecol, "lone low surrogate \\u%04X (expected a valid code point)", cp);
        return false;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        unsigned lo;
        if (P->end - P->p < 2 || P->p[0] != '\\' || P->p[1] != 'u') {
            fail(P, eline, ecol,
                 "high surrogate \\u%04X without its low half (expected \\uDC00 to \\uDFFF next)",
                 cp);
            return false;
        }
        advance(P);
        advance(P);
        if (!read_hex4(P, &lo)) return false;
        if (lo < 0xDC00 || lo > 0xDFFF) {
            fail(P, eline, ecol,
                 "high surrogate \\u%04X without its low half (expected \\uDC00 to \\uDFFF next)",
                 cp);
            return false;
        }
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    if (cp == 0) {
        fail(P, eline, ecol, "string contains a NUL character (expected text)");
        return false;
    }
    put_utf8(&P->scratch, cp);
    return true;
}

/* Parses a string at the cursor into P->scratch. */
static bool read_string(parser *P) {
    uint32_t line = P->line, col = P->col;
    lc_buf_reset(&P->scratch);
    advance(P); /* opening quote */
    for (;;) {
        if (P->p >= P->end) {
            fail(P, line, col, "unterminated string (expected a closing '\"')");
            return false;
        }
        unsigned char c = *P->p;
        if (c == '"') {
            advance(P);
            break;
        }
        if (c >= 0x20 && c < 0x80 && c != '\\') {
            /* a run of plain ASCII: appended at once, one column per byte */
            const unsigned char *run = P->p;
            while (P->p < P->end && *P->p >= 0x20 && *P->p < 0x80 && *P->p != '"' && *P->p != '\\')
                P->p++;
            P->col += (uint32_t)(P->p - run);
            lc_buf_append(&P->scratch, (const char *)run, (size_t)(P->p - run));
        } else if (c == '\\') {
            if (!read_escape(P, line, col)) return false;
        } else if (c < 0x20) {
            fail(P, P->line, P->col,
                 "control character 0x%02x in a string (expected it escaped, e.g. \\n)", c);
            return false;
        } else {
            size_t n = utf8_sequence(P->p, P->end);
            if (!n) {
                fail(P, P->line, P->col, "invalid UTF-8 byte 0x%02x (expected UTF-8 text)", c);
                return false;
            }
            lc_buf_append(&P->scratch, (const char *)P->p, n);
            for (size_t i = 0; i < n; i++)
                advance(P);
        }
        if (P->scratch.len > P->lim->max_string_len) {
            fail(P, line, col, "string is longer than %zu bytes (expected at most %zu bytes)",
                 P->lim->max_string_len, P->lim->max_string_len);
            return false;
        }
    }
    if (P->scratch.oom) {
        fail(P, line, col, "out of memory");
        return false;
    }
    return true;
}

static lc_node *parse_string(parser *P) {
    uint32_t line = P->line, col = P->col;
    if (!read_string(P)) return NULL;
    lc_node *n = new_node(P, LC_NODE_STR, line, col);
    if (!n || !set_text(P, n, P->scratch.data ? P->scratch.data : "", P->scratch.len)) return NULL;
    n->quoted = true; /* JSON strings are text: "12" never becomes a number */
    return n;
}

/* --- numbers and literals ------------------------------------------- */

static size_t digits_at(const unsigned char *p, const unsigned char *end) {
    size_t n = 0;
    while (p + n < end && p[n] >= '0' && p[n] <= '9')
        n++;
    return n;
}

static lc_node *parse_number(parser *P) {
    uint32_t line = P->line, col = P->col;
    const unsigned char *s = P->p, *q = P->p;
    bool integer = true;
    if (q < P->end && *q == '-') q++;
    size_t d = digits_at(q, P->end);
    if (d == 0 || (d > 1 && *q == '0')) {
        fail(P, line, col, "malformed number (expected JSON digits, without leading zeros)");
        return NULL;
    }
    q += d;
    if (q < P->end && *q == '.') {
        integer = false;
        q++;
        if (!(d = digits_at(q, P->end))) {
            fail(P, line, col, "malformed number (expected digits after '.')");
            return NULL;
        }
        q += d;
    }
    if (q < P->end && (*q == 'e' || *q == 'E')) {
        integer = false;
        q++;
        if (q < P->end && (*q == '+' || *q == '-')) q++;
        if (!(d = digits_at(q, P->end))) {
            fail(P, line, col, "malformed number (expected digits in the exponent)");
            return NULL;
        }
        q += d;
    }
    while (P->p < q)
        advance(P);
    lc_node *n = new_node(P, integer ? LC_NODE_INT : LC_NODE_FLOAT, line, col);
    if (!n || !set_text(P, n, (const char *)s, (size_t)(q - s))) return NULL;
    errno = 0;
    if (integer) {
        n->v.i = strtoll(n->text, NULL, 10);
        if (errno == ERANGE) {
            complain(P, line, col, "integer %s is out of range (expected a 64-bit integer)",
                     n->text);
            n->kind = LC_NODE_NULL;
        }
    } else {
        n->v.f = strtod(n->text, NULL);
        if (!isfinite(n->v.f)) {
            complain(P, line, col, "number %s is out of range (expected a finite number)", n->text);
            n->kind = LC_NODE_NULL;
        }
    }
    return n;
}

static lc_node *parse_literal(parser *P) {
    static const struct {
        const char *word;
        lc_node_kind kind;
        bool b;
    } words[] = {{"true", LC_NODE_BOOL, true},
                 {"false", LC_NODE_BOOL, false},
                 {"null", LC_NODE_NULL, false}};
    uint32_t line = P->line, col = P->col;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        size_t len = strlen(words[i].word);
        if ((size_t)(P->end - P->p) >= len && !memcmp(P->p, words[i].word, len)) {
            for (size_t k = 0; k < len; k++)
                advance(P);
            lc_node *n = new_node(P, words[i].kind, line, col);
            if (!n || !set_text(P, n, words[i].word, len)) return NULL;
            n->v.b = words[i].b;
            return n;
        }
    }
    char what[32];
    describe_here(P, what, sizeof what);
    if (P->p < P->end && (*P->p == 'N' || *P->p == 'I'))
        fail(P, line, col, "unexpected %s (expected a JSON value; NaN and Infinity are not JSON)",
             what);
    else
        fail(P, line, col,
             "unexpected %s (expected a JSON value: object, array, string, number, true, false "
             "or null)",
             what);
    return NULL;
}

/* --- collections ---------------------------------------------------- */

static lc_node *parse_value(parser *P);

/* A growable array of pointers or pairs, on the heap while parsing, copied
 * into the arena once the collection is complete. */
typedef struct vec {
    void *items;
    size_t n, cap, size;
} vec;

static bool vec_push(parser *P, vec *v, const void *item) {
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        void *grown = realloc(v->items, cap * v->size);
        if (!grown) {
            fail(P, P->line, P->col, "out of memory");
            return false;
        }
        v->items = grown;
        v->cap = cap;
    }
    memcpy((char *)v->items + v->n * v->size, item, v->size);
    v->n++;
    return true;
}

static void *vec_to_arena(parser *P, vec *v) {
    if (!v->n) return NULL;
    void *a = lc_arena_alloc(&P->doc->arena, v->n * v->size);
    if (!a) {
        fail(P, P->line, P->col, "out of memory");
        return NULL;
    }
    memcpy(a, v->items, v->n * v->size);
    return a;
}

static bool enter(parser *P, uint32_t line, uint32_t col) {
    if (P->depth >= P->lim->max_depth) {
        fail(P, line, col, "nesting deeper than %u levels (expected a shallower document)",
             P->lim->max_depth);
        return false;
    }
    P->depth++;
    return true;
}

/* Expects SEP or CLOSE after an item; returns 1 for another item, 0 at the
 * end, -1 on error. */
static int after_item(parser *P, char close, const char *what) {
    skip_ws(P);
    if (P->p < P->end && *P->p == ',') {
        advance(P);
        skip_ws(P);
        if (P->p < P->end && *P->p == (unsigned char)close) {
            fail(P, P->line, P->col, "trailing comma before '%c' (expected another %s)", close,
                 what);
            return -1;
        }
        return 1;
    }
    if (P->p < P->end && *P->p == (unsigned char)close) {
        advance(P);
        return 0;
    }
    char here[32];
    describe_here(P, here, sizeof here);
    fail(P, P->line, P->col, "unexpected %s (expected ',' or '%c')", here, close);
    return -1;
}

/* Consumes the opening bracket; *more is 0 when the collection is empty
 * (its closing bracket consumed too). */
static lc_node *open_collection(parser *P, lc_node_kind kind, char close, int *more) {
    uint32_t line = P->line, col = P->col;
    lc_node *n = new_node(P, kind, line, col);
    if (!n || !enter(P, line, col)) return NULL;
    advance(P);
    skip_ws(P);
    *more = 1;
    if (P->p < P->end && *P->p == (unsigned char)close) {
        advance(P);
        *more = 0;
    }
    return n;
}

static lc_node *parse_array(parser *P) {
    int more;
    lc_node *n = open_collection(P, LC_NODE_SEQ, ']', &more);
    if (!n) return NULL;
    vec items = {.size = sizeof(lc_node *)};
    while (more == 1) {
        lc_node *item = parse_value(P);
        if (!item || !vec_push(P, &items, &item)) break;
        more = after_item(P, ']', "value");
    }
    if (!P->failed) {
        n->items = vec_to_arena(P, &items);
        n->n = items.n;
    }
    free(items.items);
    P->depth--;
    return P->failed ? NULL : n;
}

/* JSON keys are always strings; a key that is a decimal integer becomes
 * an integer key, as the same key written in YAML would (history years). */
static void type_key(lc_node *k) {
    const char *s = k->text;
    const char *d = *s == '-' ? s + 1 : s;
    if (!*d || strspn(d, "0123456789") != strlen(d) || (d[0] == '0' && d[1]) || k->text_len > 18)
        return;
    k->kind = LC_NODE_INT;
    k->v.i = strtoll(s, NULL, 10);
}

typedef struct keyed_index {
    const lc_pair *pair;
    size_t index;
} keyed_index;

static int cmp_keyed_index(const void *a, const void *b) {
    const keyed_index *x = a, *y = b;
    const lc_node *kx = x->pair->key, *ky = y->pair->key;
    size_t len = kx->text_len < ky->text_len ? kx->text_len : ky->text_len;
    int c = memcmp(kx->text, ky->text, len);
    if (c) return c;
    if (kx->text_len != ky->text_len) return kx->text_len < ky->text_len ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Reports every repeated key (the first one wins, as in the YAML loader)
 * and drops the repeats. Sorting keeps this O(n log n) on hostile input. */
static bool same_key(const lc_node *a, const lc_node *b) {
    return a->text_len == b->text_len && !memcmp(a->text, b->text, a->text_len);
}

static void drop_duplicate_keys(parser *P, vec *pairs) {
    if (pairs->n < 2) return;
    lc_pair *small = pairs->items;
    if (pairs->n <= 16) { /* the common case: a few keys, no allocation */
        bool any = false;
        for (size_t i = 1; i < pairs->n && !any; i++)
            for (size_t j = 0; j < i && !any; j++)
                any = same_key(small[i].key, small[j].key);
        if (!any) return;
    }
    keyed_index *order = malloc(pairs->n * sizeof(*order));
    bool *dropped = calloc(pairs->n, sizeof(*dropped));
    if (!order || !dropped) {
        free(order);
        free(dropped);
        fail(P, P->line, P->col, "out of memory");
        return;
    }
    lc_pair *items = pairs->items;
    for (size_t i = 0; i < pairs->n; i++)
        order[i] = (keyed_index){&items[i], i};
    qsort(order, pairs->n, sizeof(*order), cmp_keyed_index);
    bool any = false;
    for (size_t i = 1; i < pairs->n; i++) {
        size_t first = i - 1;
        while (i < pairs->n && cmp_keyed_index(&(keyed_index){order[first].pair, 0},
                                               &(keyed_index){order[i].pair, 0}) == 0) {
            const lc_node *k = order[i].pair->key, *k0 = order[first].pair->key;
            complain(P, k->line, k->col,
                     "duplicate key '%s' (expected each key once; first at line %u, column %u)",
                     k->text, k0->line, k0->col);
            dropped[order[i].index] = any = true;
            i++;
        }
    }
    if (any) {
        size_t kept = 0;
        for (size_t i = 0; i < pairs->n; i++)
            if (!dropped[i]) items[kept++] = items[i];
        pairs->n = kept;
    }
    free(order);
    free(dropped);
}

static lc_node *parse_object(parser *P) {
    int more;
    lc_node *n = open_collection(P, LC_NODE_MAP, '}', &more);
    if (!n) return NULL;
    vec pairs = {.size = sizeof(lc_pair)};
    while (more == 1) {
        if (P->p >= P->end || *P->p != '"') {
            char here[32];
            describe_here(P, here, sizeof here);
            fail(P, P->line, P->col, "unexpected %s (expected a key in double quotes)", here);
            break;
        }
        lc_node *key = parse_string(P);
        if (!key) break;
        type_key(key);
        skip_ws(P);
        if (P->p >= P->end || *P->p != ':') {
            char here[32];
            describe_here(P, here, sizeof here);
            fail(P, P->line, P->col, "unexpected %s after key '%s' (expected ':')", here,
                 key->text);
            break;
        }
        advance(P);
        skip_ws(P);
        lc_node *value = parse_value(P);
        if (!value || !vec_push(P, &pairs, &(lc_pair){key, value})) break;
        more = after_item(P, '}', "key");
    }
    if (!P->failed) drop_duplicate_keys(P, &pairs);
    if (!P->failed) {
        n->pairs = vec_to_arena(P, &pairs);
        n->n = pairs.n;
    }
    free(pairs.items);
    P->depth--;
    return P->failed ? NULL : n;
}

static lc_node *parse_value(parser *P) {
    skip_ws(P);
    if (P->p >= P->end) {
        fail(P, P->line, P->col, "unexpected end of input (expected a JSON value)");
        return NULL;
    }
    switch (*P->p) {
    case '{': return parse_object(P);
    case '[': return parse_array(P);
    case '"': return parse_string(P);
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': return parse_number(P);
    default: return parse_literal(P);
    }
}

lc_doc *lc_json_load(const char *name, const char *data, size_t len, unsigned first_line,
                     const lc_load_limits *limits, lc_diags *diags) {
    lc_load_limits defaults = lc_load_limits_default();
    parser P = {
        .p = (const unsigned char *)data,
        .end = (const unsigned char *)data + len,
        .line = first_line ? first_line : 1,
        .col = 1,
        .lim = limits ? limits : &defaults,
        .diags = diags,
    };
    P.doc = lc_doc_new(name);
    if (!P.doc) {
        lc_diags_add(diags, LC_DIAG_ERROR, name, 0, 0, "out of memory");
        return NULL;
    }
    lc_buf_init(&P.scratch);
    if (P.lim->max_bytes && len > P.lim->max_bytes) {
        fail(&P, P.line, 1, "input is %zu bytes (expected at most %zu bytes)", len,
             P.lim->max_bytes);
    } else {
        if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) P.p += 3; /* a BOM is not a column */
        skip_ws(&P);
        if (P.p >= P.end) {
            fail(&P, P.line, P.col, "nothing here (expected a JSON profile)");
        } else {
            P.doc->root = parse_value(&P);
            skip_ws(&P);
            if (!P.failed && P.p < P.end) {
                char here[32];
                describe_here(&P, here, sizeof here);
                fail(&P, P.line, P.col,
                     "unexpected %s after the profile (expected one JSON value per line)", here);
            }
        }
    }
    lc_buf_free(&P.scratch);
    if (P.failed) { /* the tree is partial: not safe to hand on */
        lc_doc_free(P.doc);
        return NULL;
    }
    return P.doc;
}
