/* yaml_load.c: libyaml events -> lc_node tree.
 *
 * libyaml hands us untyped scalars and expands nothing itself; this file
 * applies YAML 1.2 core-schema typing deliberately, detects duplicate keys,
 * and bounds alias use so an alias bomb fails fast in bounded memory.
 *
 * Typing of plain (unquoted, untagged) scalars, where it departs from the
 * core schema it is stricter, so that no file means two things:
 *   ~, null, Null, NULL, empty   null (unknown)
 *   true, false                  booleans; True, FALSE, yes, on... stay text
 *                                and the validator names the fix
 *   12, -3, 0x1F, 0o17           integers (64 bits); 010 is decimal 10 here
 *                                and octal in YAML 1.1: the validator
 *                                rejects leading zeros in number fields
 *   1.5, .5, 1e3                 floats
 *   .inf, .nan, out-of-range     stay text: no profile value is infinite
 *   2024-06-30                   text: the schema says which fields are
 *                                dates, and the validator checks them
 * Quoted and block scalars are always text. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "../util/fileio.h"
#include "load.h"

typedef struct anchor {
    char *name;
    lc_node *node;
    size_t weight;   /* nodes in the expansion of this subtree */
    unsigned height; /* collection levels in it (0 for a scalar) */
    bool complete;
} anchor;

#define NO_ANCHOR ((size_t)-1)

typedef struct frame {
    lc_node *node;
    size_t cap;
    size_t weight;
    unsigned height;      /* collection levels in this subtree, itself included */
    lc_node *pending_key; /* maps: key awaiting its value */
    bool skip_value;      /* maps: the next value belongs to a rejected key */
    /* index of the anchor declared on this collection, or NO_ANCHOR: an
     * index, not a pointer, because declaring more anchors inside the
     * collection may move the array (found by fuzzing) */
    size_t anchor;
} frame;

typedef struct loader {
    const char *data; /* the input, to turn reader byte offsets into positions */
    size_t len;
    size_t skipped; /* bytes of a byte order mark before data */
    lc_doc *doc;
    const lc_load_limits *lim;
    lc_diags *diags;
    frame stack[LC_MAX_DEPTH_CEILING];
    unsigned depth;
    anchor *anchors;
    size_t n_anchors, cap_anchors;
    unsigned aliases;
    unsigned max_depth; /* the limit, capped at the size of stack */
    size_t alias_nodes; /* values added by expanding aliases */
    bool failed;
} loader;

#if defined(__GNUC__)
#define LC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define LC_PRINTF(a, b)
#endif

/* fail(): the tree cannot be trusted any more, stop parsing.
 * complain(): the value is wrong but the tree is sound, keep going so the
 * user sees every problem at once. */
static void fail(loader *L, unsigned line, unsigned col, const char *fmt, ...) LC_PRINTF(4, 5);
static void complain(loader *L, unsigned line, unsigned col, const char *fmt, ...) LC_PRINTF(4, 5);

static void fail(loader *L, unsigned line, unsigned col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lc_diags_vadd(L->diags, LC_DIAG_ERROR, L->doc->name, (int)line, (int)col, fmt, ap);
    va_end(ap);
    L->failed = true;
}

static void complain(loader *L, unsigned line, unsigned col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lc_diags_vadd(L->diags, LC_DIAG_ERROR, L->doc->name, (int)line, (int)col, fmt, ap);
    va_end(ap);
}

static lc_node *new_node(loader *L, lc_node_kind kind, const yaml_mark_t *m) {
    lc_node *n = lc_arena_alloc(&L->doc->arena, sizeof(*n));
    if (!n) {
        fail(L, 0, 0, "out of memory");
        return NULL;
    }
    n->kind = kind;
    n->line = (uint32_t)m->line + 1;
    n->col = (uint32_t)m->column + 1;
    return n;
}

/* --- YAML 1.2 core schema typing ------------------------------------- */

static bool all_digits(const char *s, const char *digits) {
    if (!*s) return false;
    for (; *s; s++)
        if (!strchr(digits, *s)) return false;
    return true;
}

static bool is_core_float(const char *s) {
    const char *p = s;
    if (*p == '+' || *p == '-') p++;
    bool digits = false, dot = false;
    while ((*p >= '0' && *p <= '9') || *p == '.') {
        if (*p == '.') {
            if (dot) return false;
            dot = true;
        } else {
            digits = true;
        }
        p++;
    }
    if (!digits) return false;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-') p++;
        if (!(*p >= '0' && *p <= '9')) return false;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    return *p == '\0';
}

static void type_plain(lc_node *n) {
    const char *s = n->text;
    if (n->text_len == 0 || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") ||
        !strcmp(s, "NULL")) {
        n->kind = LC_NODE_NULL;
        return;
    }
    /* Booleans are `true` and `false` only (profile.md). The core schema's
     * True/TRUE/False/FALSE stay text, so the validator can name the fix, as
     * it does for YAML 1.1's yes/no/on/off. */
    if (!strcmp(s, "true")) {
        n->kind = LC_NODE_BOOL;
        n->v.b = true;
        return;
    }
    if (!strcmp(s, "false")) {
        n->kind = LC_NODE_BOOL;
        n->v.b = false;
        return;
    }
    const char *d = (*s == '+' || *s == '-') ? s + 1 : s;
    int base = 0;
    const char *digits = NULL;
    if (all_digits(d, "0123456789")) {
        base = 10;
        digits = s;
    } else if (s[0] == '0' && s[1] == 'o' && all_digits(s + 2, "01234567")) {
        base = 8;
        digits = s + 2;
    } else if (s[0] == '0' && s[1] == 'x' && all_digits(s + 2, "0123456789abcdefABCDEF")) {
        base = 16;
        digits = s + 2;
    }
    if (base) {
        errno = 0;
        char *end;
        long long v = strtoll(digits, &end, base);
        if (errno == ERANGE) {
            /* not representable: stays text, and the validator says why
             * with the field's path where a number was expected */
            n->kind = LC_NODE_STR;
            return;
        }
        n->kind = LC_NODE_INT;
        n->v.i = v;
        return;
    }
    if (is_core_float(s)) {
        n->kind = LC_NODE_FLOAT;
        n->v.f = strtod(s, NULL);
        if (!isfinite(n->v.f)) n->kind = LC_NODE_STR; /* as above */
        return;
    }
    /* .inf and .nan are core-schema floats, but no profile value can be
     * infinite or not a number: they stay text, for the validator to
     * reject where a number is expected */
    n->kind = LC_NODE_STR;
}

/* tag:yaml.org,2002:int is written !!int in the file: say it that way. */
static const char *short_tag(const char *tag, char *buf, size_t cap) {
    static const char prefix[] = "tag:yaml.org,2002:";
    if (strncmp(tag, prefix, sizeof prefix - 1) != 0) return tag;
    snprintf(buf, cap, "!!%s", tag + sizeof prefix - 1);
    return buf;
}

static void apply_tag(loader *L, lc_node *n, const char *tag) {
    char shortened[128];
    if (!strcmp(tag, YAML_STR_TAG)) {
        n->kind = LC_NODE_STR;
    } else if (!strcmp(tag, YAML_INT_TAG) || !strcmp(tag, YAML_FLOAT_TAG) ||
               !strcmp(tag, YAML_BOOL_TAG) || !strcmp(tag, YAML_NULL_TAG)) {
        type_plain(n);
        bool ok = (!strcmp(tag, YAML_INT_TAG) && n->kind == LC_NODE_INT) ||
                  (!strcmp(tag, YAML_FLOAT_TAG) &&
                   (n->kind == LC_NODE_FLOAT || n->kind == LC_NODE_INT)) ||
                  (!strcmp(tag, YAML_BOOL_TAG) && n->kind == LC_NODE_BOOL) ||
                  (!strcmp(tag, YAML_NULL_TAG) && n->kind == LC_NODE_NULL);
        if (!ok)
            complain(L, n->line, n->col,
                     "'%s' does not match its tag %s (expected a value of that type)", n->text,
                     short_tag(tag, shortened, sizeof shortened));
        if (!strcmp(tag, YAML_FLOAT_TAG) && n->kind == LC_NODE_INT) {
            n->kind = LC_NODE_FLOAT;
            n->v.f = (double)n->v.i;
        }
    } else {
        complain(L, n->line, n->col, "unsupported tag %s (expected plain YAML values)",
                 short_tag(tag, shortened, sizeof shortened));
    }
}

/* --- tree building ---------------------------------------------------- */

/* A + B, stuck at SIZE_MAX rather than wrapping (limits can be lifted). */
static size_t add_sat(size_t a, size_t b) {
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

/* Every alias repeats the values of its anchor in the tree later stages
 * walk. Values written in the file are bounded by the file size; the ones
 * aliases add are bounded here, so a "billion laughs" fails fast. */
static bool count_alias_nodes(loader *L, size_t weight, const yaml_mark_t *m) {
    L->alias_nodes = add_sat(L->alias_nodes, weight);
    if (L->alias_nodes > L->lim->max_expanded_nodes) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "aliases expand the document by more than %zu values (expected at most %zu; each "
             "alias repeats everything its anchor holds)",
             L->lim->max_expanded_nodes, L->lim->max_expanded_nodes);
        return false;
    }
    return true;
}

static anchor *declare_anchor(loader *L, const char *name, lc_node *node) {
    if (!name) return NULL;
    if (L->n_anchors == L->cap_anchors) {
        size_t cap = L->cap_anchors ? L->cap_anchors * 2 : 8;
        anchor *a = realloc(L->anchors, cap * sizeof(*a));
        if (!a) {
            fail(L, node->line, node->col, "out of memory");
            return NULL;
        }
        L->anchors = a;
        L->cap_anchors = cap;
    }
    anchor *a = &L->anchors[L->n_anchors];
    a->name = strdup(name);
    if (!a->name) {
        fail(L, node->line, node->col, "out of memory");
        return NULL;
    }
    a->node = node;
    a->weight = 1;
    a->height = node->kind == LC_NODE_SEQ || node->kind == LC_NODE_MAP;
    a->complete = false;
    L->n_anchors++;
    return a;
}

static anchor *find_anchor(loader *L, const char *name) {
    /* the latest declaration wins, as YAML specifies */
    for (size_t i = L->n_anchors; i-- > 0;)
        if (!strcmp(L->anchors[i].name, name)) return &L->anchors[i];
    return NULL;
}

static bool keys_equal(const lc_node *a, const lc_node *b) {
    return a->text && b->text && a->kind == b->kind && a->text_len == b->text_len &&
           memcmp(a->text, b->text, a->text_len) == 0;
}

/* Attach CHILD (with expansion WEIGHT and HEIGHT collection levels) to the
 * collection on top of the stack, or make it the document root. */
static void attach(loader *L, lc_node *child, size_t weight, unsigned height) {
    if (L->depth == 0) {
        L->doc->root = child;
        return;
    }
    frame *f = &L->stack[L->depth - 1];
    lc_node *parent = f->node;
    f->weight = add_sat(f->weight, weight);
    if (height + 1 > f->height) f->height = height + 1;
    if (parent->kind == LC_NODE_SEQ) {
        if (parent->n == f->cap) {
            size_t cap = f->cap ? f->cap * 2 : 4;
            lc_node **items = lc_arena_alloc(&L->doc->arena, cap * sizeof(*items));
            if (!items) {
                fail(L, child->line, child->col, "out of memory");
                return;
            }
            if (parent->n) memcpy(items, parent->items, parent->n * sizeof(*items));
            parent->items = items;
            f->cap = cap;
        }
        parent->items[parent->n++] = child;
        return;
    }
    if (f->skip_value) {
        f->skip_value = false;
        return;
    }
    if (!f->pending_key) {
        if (child->kind == LC_NODE_SEQ || child->kind == LC_NODE_MAP) {
            fail(L, child->line, child->col,
                 "a %s cannot be a mapping key (expected a plain key such as a field name)",
                 lc_node_kind_name(child->kind));
        }
        if (child->kind == LC_NODE_STR && !child->quoted && !strcmp(child->text, "<<")) {
            /* YAML 1.1 merge keys: libyaml does not merge, so the fields
             * would silently vanish; YAML 1.2 has no merge keys at all. */
            complain(L, child->line, child->col,
                     "merge key '<<' is not supported (expected the fields written out; "
                     "YAML 1.2 has no merge keys)");
            f->pending_key = NULL;
            f->skip_value = true;
            return;
        }
        f->pending_key = child;
        return;
    }
    lc_node *key = f->pending_key;
    f->pending_key = NULL;
    for (size_t i = 0; i < parent->n; i++) {
        if (keys_equal(parent->pairs[i].key, key)) {
            complain(L, key->line, key->col,
                     "duplicate key '%s' (expected each key once; first at line %u, column %u)",
                     key->text, parent->pairs[i].key->line, parent->pairs[i].key->col);
            return; /* keep the first value */
        }
    }
    if (parent->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 8;
        lc_pair *pairs = lc_arena_alloc(&L->doc->arena, cap * sizeof(*pairs));
        if (!pairs) {
            fail(L, key->line, key->col, "out of memory");
            return;
        }
        if (parent->n) memcpy(pairs, parent->pairs, parent->n * sizeof(*pairs));
        parent->pairs = pairs;
        f->cap = cap;
    }
    parent->pairs[parent->n++] = (lc_pair){key, child};
}

static void on_scalar(loader *L, const yaml_event_t *ev) {
    const yaml_mark_t *m = &ev->start_mark;
    size_t len = ev->data.scalar.length;
    if (len > L->lim->max_string_len) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "string of %zu bytes is too long (expected at most %zu bytes)", len,
             L->lim->max_string_len);
        return;
    }
    if (memchr(ev->data.scalar.value, '\0', len)) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "string contains a NUL character (expected text)");
        return;
    }
    lc_node *n = new_node(L, LC_NODE_STR, m);
    if (!n) return;
    n->text = lc_arena_strndup(&L->doc->arena, (const char *)ev->data.scalar.value, len);
    n->text_len = len;
    if (!n->text) {
        fail(L, n->line, n->col, "out of memory");
        return;
    }
    const char *tag = (const char *)ev->data.scalar.tag;
    if (tag && strcmp(tag, "!") != 0) {
        apply_tag(L, n, tag);
    } else if (ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !tag) {
        type_plain(n);
    } else {
        n->quoted = true;
    }
    anchor *a = declare_anchor(L, (const char *)ev->data.scalar.anchor, n);
    if (a) a->complete = true;
    attach(L, n, 1, 0);
}

static void on_alias(loader *L, const yaml_event_t *ev) {
    const yaml_mark_t *m = &ev->start_mark;
    const char *name = (const char *)ev->data.alias.anchor;
    if (++L->aliases > L->lim->max_aliases) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "too many aliases: this is alias %u (expected at most %u; profiles rarely need any)",
             L->aliases, L->lim->max_aliases);
        return;
    }
    anchor *a = find_anchor(L, name);
    if (!a) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "unknown alias *%s (expected an anchor &%s defined earlier)", name, name);
        return;
    }
    if (!a->complete) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "alias *%s refers to a collection that contains it (expected no recursion)", name);
        return;
    }
    /* An alias puts its whole subtree here: the nesting limit holds for the
     * expanded tree, so code that walks it recursively stays bounded. */
    if (L->depth + a->height > L->max_depth) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "alias *%s nests deeper than %u levels here (expected a shallower document)", name,
             L->max_depth);
        return;
    }
    if (!count_alias_nodes(L, a->weight, m)) return;
    /* Shared, not copied: memory stays bounded by the source size. */
    attach(L, a->node, a->weight, a->height);
}

static void on_start(loader *L, const yaml_event_t *ev, lc_node_kind kind) {
    const yaml_mark_t *m = &ev->start_mark;
    unsigned max_depth = L->max_depth;
    if (L->depth >= max_depth) {
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1,
             "nesting deeper than %u levels (expected a shallower document)", max_depth);
        return;
    }
    const char *tag = kind == LC_NODE_MAP ? (const char *)ev->data.mapping_start.tag
                                          : (const char *)ev->data.sequence_start.tag;
    const char *anchor_name = kind == LC_NODE_MAP ? (const char *)ev->data.mapping_start.anchor
                                                  : (const char *)ev->data.sequence_start.anchor;
    lc_node *n = new_node(L, kind, m);
    if (!n) return;
    if (tag && strcmp(tag, kind == LC_NODE_MAP ? YAML_MAP_TAG : YAML_SEQ_TAG) != 0 &&
        strcmp(tag, "!") != 0) {
        char shortened[128];
        fail(L, n->line, n->col, "unsupported tag %s (expected plain YAML values)",
             short_tag(tag, shortened, sizeof shortened));
        return;
    }
    frame *f = &L->stack[L->depth++];
    anchor *a = declare_anchor(L, anchor_name, n);
    *f = (frame){
        .node = n, .weight = 1, .height = 1, .anchor = a ? (size_t)(a - L->anchors) : NO_ANCHOR};
}

static void on_end(loader *L) {
    frame f = L->stack[--L->depth];
    if (f.anchor != NO_ANCHOR) {
        anchor *a = &L->anchors[f.anchor];
        a->weight = f.weight;
        a->height = f.height;
        a->complete = true;
    }
    attach(L, f.node, f.weight, f.height);
}

/* 1-based line and column of byte OFFSET, counted as libyaml counts its
 * marks: lines end at LF, CR or CRLF; columns count characters, not bytes. */
static void offset_position(const char *data, size_t len, size_t offset, unsigned *line,
                            unsigned *col) {
    unsigned l = 1, c = 1;
    if (offset > len) offset = len;
    for (size_t i = 0; i < offset; i++) {
        unsigned char b = (unsigned char)data[i];
        if (b == '\n' || (b == '\r' && (i + 1 >= len || data[i + 1] != '\n'))) {
            l++;
            c = 1;
        } else if (b != '\r' && (b & 0xC0) != 0x80) {
            c++; /* a UTF-8 lead byte starts a character; continuation bytes do not */
        }
    }
    *line = l;
    *col = c;
}

static void parser_error(loader *L, const yaml_parser_t *p) {
    const yaml_mark_t *m = p->problem ? &p->problem_mark : &p->context_mark;
    const char *what = p->problem ? p->problem : "syntax error";
    if (p->error == YAML_READER_ERROR) {
        /* the reader reports a byte offset only: turn it into a position */
        unsigned line, col;
        offset_position(L->data, L->len, p->problem_offset, &line, &col);
        if (p->problem_value >= 0 && strstr(what, "octet"))
            fail(L, line, col, "%s (byte 0x%02X at offset %zu; expected UTF-8 text)", what,
                 (unsigned)p->problem_value & 0xFFu, p->problem_offset + L->skipped);
        else if (p->problem_value >= 0)
            fail(L, line, col, "%s (U+%04X at offset %zu; expected UTF-8 text)", what,
                 (unsigned)p->problem_value, p->problem_offset + L->skipped);
        else
            fail(L, line, col, "%s at offset %zu (expected UTF-8 text)", what,
                 p->problem_offset + L->skipped);
        return;
    }
    if (p->context)
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1, "%s %s (expected valid YAML)", what,
             p->context);
    else
        fail(L, (unsigned)m->line + 1, (unsigned)m->column + 1, "%s (expected valid YAML)", what);
}

lc_doc *lc_yaml_load(const char *name, const char *data, size_t len, const lc_load_limits *limits,
                     lc_diags *diags) {
    lc_load_limits defaults = lc_load_limits_default();
    loader L = {.data = data, .len = len, .lim = limits ? limits : &defaults, .diags = diags};
    L.max_depth = L.lim->max_depth;
    if (L.max_depth > sizeof(L.stack) / sizeof(L.stack[0]))
        L.max_depth = sizeof(L.stack) / sizeof(L.stack[0]);
    L.doc = lc_doc_new(name);
    if (!L.doc) {
        lc_diags_add(diags, LC_DIAG_ERROR, name, 0, 0, "out of memory");
        return NULL;
    }
    if (L.lim->max_bytes && len > L.lim->max_bytes) {
        fail(&L, 0, 0, "file is %zu bytes (expected at most %zu bytes)", len, L.lim->max_bytes);
        lc_doc_free(L.doc);
        return NULL;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fail(&L, 0, 0, "out of memory");
        lc_doc_free(L.doc);
        return NULL;
    }
    const unsigned char *bytes = (const unsigned char *)data;
    if (len >= 2 &&
        ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE))) {
        /* libyaml would decode UTF-16 silently; profiles are UTF-8 only so
         * that every tool (diff, grep, our byte offsets) reads them alike */
        fail(&L, 1, 1, "the file is UTF-16 (expected UTF-8 text: convert it, e.g. with iconv)");
        yaml_parser_delete(&parser);
        lc_doc_free(L.doc);
        return NULL;
    }
    if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        /* a UTF-8 byte order mark: with the encoding fixed, libyaml would
         * read it as content */
        L.skipped = 3;
        bytes += 3;
        len -= 3;
        L.data += 3;
        L.len -= 3;
    }
    yaml_parser_set_input_string(&parser, bytes, len);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    int documents = 0;
    bool done = false;
    while (!done && !L.failed) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            parser_error(&L, &parser);
            break;
        }
        switch (ev.type) {
        case YAML_STREAM_END_EVENT: done = true; break;
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1)
                complain(&L, (unsigned)ev.start_mark.line + 1, (unsigned)ev.start_mark.column + 1,
                         "a second YAML document (expected exactly one profile per file)");
            break;
        case YAML_SCALAR_EVENT: on_scalar(&L, &ev); break;
        case YAML_ALIAS_EVENT: on_alias(&L, &ev); break;
        case YAML_SEQUENCE_START_EVENT: on_start(&L, &ev, LC_NODE_SEQ); break;
        case YAML_MAPPING_START_EVENT: on_start(&L, &ev, LC_NODE_MAP); break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: on_end(&L); break;
        default: break;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    for (size_t i = 0; i < L.n_anchors; i++)
        free(L.anchors[i].name);
    free(L.anchors);
    if (!L.failed && documents == 0) fail(&L, 0, 0, "empty input (expected a YAML document)");
    if (!L.failed && !L.doc->root) fail(&L, 1, 1, "empty document (expected a mapping)");
    /* after a fatal failure the tree is partial: not safe to hand on */
    if (L.failed || documents > 1) {
        lc_doc_free(L.doc);
        return NULL;
    }
    return L.doc;
}

lc_doc *lc_yaml_load_file(const char *path, const lc_load_limits *limits, lc_diags *diags) {
    lc_load_limits defaults = lc_load_limits_default();
    if (!limits) limits = &defaults;
    char *data;
    size_t len;
    lc_read_status st = lc_read_file(path, limits->max_bytes, &data, &len);
    switch (st) {
    case LC_READ_OK: break;
    case LC_READ_NOT_FOUND:
        lc_diags_add(diags, LC_DIAG_ERROR, path, 0, 0, "no such file (expected a readable file)");
        return NULL;
    case LC_READ_TOO_BIG: {
        struct stat info;
        if (strcmp(path, "-") != 0 && stat(path, &info) == 0)
            lc_diags_add(diags, LC_DIAG_ERROR, path, 0, 0,
                         "file is %lld bytes (expected at most %zu bytes)", (long long)info.st_size,
                         limits->max_bytes);
        else
            lc_diags_add(diags, LC_DIAG_ERROR, path, 0, 0,
                         "input is larger than %zu bytes (expected at most %zu bytes)",
                         limits->max_bytes, limits->max_bytes);
        return NULL;
    }
    case LC_READ_NOMEM:
        lc_diags_add(diags, LC_DIAG_ERROR, path, 0, 0, "out of memory reading the file");
        return NULL;
    case LC_READ_IO:
        lc_diags_add(diags, LC_DIAG_ERROR, path, 0, 0, "cannot read: %s", strerror(errno));
        return NULL;
    }
    lc_doc *doc = lc_yaml_load(path, data, len, limits, diags);
    free(data);
    return doc;
}
