/* wdi.c: WDI bulk CSV -> profile skeleton (see wdi.h). */
#include "wdi.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

enum {
    MAX_FIELD = 64 * 1024, /* the longest WDI cell is an indicator name */
    MAX_FIELDS = 1024,     /* 4 label columns and one per year */
    MAX_SEEN = 1024,       /* country codes remembered for "did you mean" */
};

typedef enum {
    WDI_VALUE,         /* the year's value, times scale */
    WDI_MEAN_OF_YEARS, /* mean of the N annual values ending at the year */
    WDI_CHANGE_OVER,   /* % change over the N years ending at the year */
    WDI_NOT_A_VALUE,   /* the series is a source, not the field's value */
} wdi_kind;

/* One schema field with a WDI code, and what the file gave for it. */
typedef struct target {
    const lc_field *field;
    char path[256];
    wdi_kind kind;
    int years; /* N for the two multi-year kinds */
    double scale;
    double *series; /* per year column; NAN where empty; NULL until the code is met */
    /* outcome */
    bool filled;
    double value;
    int year;
    char note[200]; /* provenance note, or why the field stays empty */
} target;

typedef struct importer {
    const lc_schema *schema;
    const lc_wdi_request *req;
    lc_diags *diags;
    target *targets;
    size_t n_targets, cap_targets;
    /* columns */
    size_t col_name, col_code, col_indicator;
    int *year_of; /* per column: its year, or 0 */
    size_t n_cols;
    int first_year, last_year;
    char *country_name;
    bool country_found;
    char *seen[MAX_SEEN]; /* other country codes, for a suggestion */
    size_t n_seen;
} importer;

/* --- which fields, and how ------------------------------------------- */

/* "gdp_growth_5y_pct" -> 5; 0 when the name has no _<N>y part. */
static int years_in_name(const char *name) {
    for (const char *p = strchr(name, '_'); p; p = strchr(p + 1, '_')) {
        char *end;
        long n = strtol(p + 1, &end, 10);
        if (end > p + 1 && *end == 'y' && (end[1] == '_' || end[1] == '\0') && n > 1 && n < 50)
            return (int)n;
    }
    return 0;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && !strcmp(s + ls - lx, suffix);
}

static void classify_target(target *t) {
    const lc_field *f = t->field;
    t->scale = 1;
    t->kind = WDI_VALUE;
    int n = years_in_name(f->name);
    if (n) {
        t->years = n;
        t->kind = strstr(f->name, "change") ? WDI_CHANGE_OVER : WDI_MEAN_OF_YEARS;
    } else if (f->type == LC_T_PCT && (ends_with(f->wdi, ".CD") || ends_with(f->wdi, ".KD"))) {
        t->kind = WDI_NOT_A_VALUE;
        snprintf(t->note, sizeof t->note,
                 "%s is a US$ series and this field a ratio: compute it by hand", f->wdi);
    } else if (ends_with(f->name, "_m")) {
        t->scale = 1e-6;
    }
}

static bool add_target(importer *I, const lc_field *f, const char *path) {
    if (I->n_targets == I->cap_targets) {
        size_t cap = I->cap_targets ? I->cap_targets * 2 : 32;
        target *grown = realloc(I->targets, cap * sizeof(*grown));
        if (!grown) return false;
        I->targets = grown;
        I->cap_targets = cap;
    }
    target *t = &I->targets[I->n_targets++];
    memset(t, 0, sizeof(*t));
    t->field = f;
    snprintf(t->path, sizeof t->path, "%s", path);
    classify_target(t);
    return true;
}

/* Fields of maps, depth first in schema order (lists, map_of and history
 * hold repeated or dated entries a single WDI value cannot fill). */
static bool collect_targets(importer *I, const lc_field *map, const char *prefix) {
    for (size_t i = 0; i < map->n_fields; i++) {
        const lc_field *f = &map->fields[i];
        char path[256];
        snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", f->name);
        if (f->wdi && *f->wdi && (f->type == LC_T_NUM || f->type == LC_T_PCT)) {
            if (!add_target(I, f, path)) return false;
        } else if (f->type == LC_T_MAP && !collect_targets(I, f, path)) {
            return false;
        }
    }
    return true;
}

/* --- reading the file -------------------------------------------------- */

static bool parse_cell(const char *s, double *out) {
    while (isspace((unsigned char)*s))
        s++;
    if (!*s) return false;
    char *end;
    double v = strtod(s, &end);
    while (isspace((unsigned char)*end))
        end++;
    if (*end || !isfinite(v)) return false; /* "..", "n/a" and the like: no value */
    *out = v;
    return true;
}

static lc_status read_header(importer *I, lc_csv *csv) {
    const char *name = I->req->path;
    lc_csv_status st = lc_csv_next(csv);
    if (st != LC_CSV_RECORD) {
        if (st == LC_CSV_ERROR)
            lc_diags_add(I->diags, LC_DIAG_ERROR, name, (int)csv->error_line, (int)csv->error_col,
                         "%s", csv->error);
        else
            lc_diags_add(I->diags, LC_DIAG_ERROR, name, 0, 0,
                         "empty file (expected the WDI header: Country Name,Country Code,"
                         "Indicator Name,Indicator Code,1960,...)");
        return LC_EINPUT;
    }
    I->n_cols = csv->n_fields;
    I->year_of = calloc(I->n_cols, sizeof(*I->year_of));
    if (!I->year_of) return LC_ENOMEM;
    size_t *want[] = {&I->col_name, &I->col_code, &I->col_indicator};
    const char *labels[] = {"Country Name", "Country Code", "Indicator Code"};
    bool found[3] = {false, false, false};
    for (size_t i = 0; i < I->n_cols; i++) {
        const char *h = lc_csv_field(csv, i);
        for (int k = 0; k < 3; k++)
            if (!strcmp(h, labels[k])) *want[k] = i, found[k] = true;
        if (strlen(h) == 4 && strspn(h, "0123456789") == 4) {
            I->year_of[i] = atoi(h);
            if (!I->first_year || I->year_of[i] < I->first_year) I->first_year = I->year_of[i];
            if (I->year_of[i] > I->last_year) I->last_year = I->year_of[i];
        }
    }
    for (int k = 0; k < 3; k++) {
        if (!found[k]) {
            lc_diags_add(I->diags, LC_DIAG_ERROR, name, (int)csv->record_line, 1,
                         "no '%s' column (expected the WDI header: Country Name,Country Code,"
                         "Indicator Name,Indicator Code,1960,...)",
                         labels[k]);
            return LC_EINPUT;
        }
    }
    if (!I->first_year) {
        lc_diags_add(I->diags, LC_DIAG_ERROR, name, (int)csv->record_line, 1,
                     "no year columns (expected columns named 1960, 1961, ...)");
        return LC_EINPUT;
    }
    return LC_OK;
}

static void remember_country(importer *I, const char *code) {
    if (!*code || I->n_seen == MAX_SEEN) return;
    /* WDI groups a country's rows together: the last one is usually it */
    for (size_t i = I->n_seen; i-- > 0;)
        if (!strcmp(I->seen[i], code)) return;
    char *copy = strdup(code);
    if (copy) I->seen[I->n_seen++] = copy;
}

static bool take_series(importer *I, lc_csv *csv) {
    const char *code = lc_csv_field(csv, I->col_indicator);
    for (size_t t = 0; t < I->n_targets; t++) {
        target *tg = &I->targets[t];
        if (strcmp(tg->field->wdi, code) != 0 || tg->series) continue;
        tg->series = malloc(I->n_cols * sizeof(double));
        if (!tg->series) return false;
        for (size_t c = 0; c < I->n_cols; c++) {
            double v;
            tg->series[c] = I->year_of[c] && parse_cell(lc_csv_field(csv, c), &v) ? v : NAN;
        }
    }
    return true;
}

/* --- values ------------------------------------------------------------ */

static bool value_in(const importer *I, const target *t, int year, double *out) {
    for (size_t c = 0; c < I->n_cols; c++) {
        if (I->year_of[c] == year && !isnan(t->series[c])) {
            *out = t->series[c];
            return true;
        }
    }
    return false;
}

/* The latest year <= YEAR that has a value, or 0. */
static int latest_with_value(const importer *I, const target *t, int year) {
    int best = 0;
    for (size_t c = 0; c < I->n_cols; c++)
        if (I->year_of[c] && I->year_of[c] <= year && I->year_of[c] > best && !isnan(t->series[c]))
            best = I->year_of[c];
    return best;
}

static void compute(const importer *I, target *t) {
    int asked = I->req->year;
    const char *code = t->field->wdi;
    if (t->kind == WDI_NOT_A_VALUE) return;
    if (!t->series) {
        snprintf(t->note, sizeof t->note, "%s is not in the file for %s", code, I->req->iso3);
        return;
    }
    int y = latest_with_value(I, t, asked);
    if (!y) {
        snprintf(t->note, sizeof t->note, "%s has no value for %s up to %d", code, I->req->iso3,
                 asked);
        return;
    }
    double v = 0, first;
    switch (t->kind) {
    case WDI_VALUE:
        value_in(I, t, y, &v);
        v *= t->scale;
        break;
    case WDI_MEAN_OF_YEARS:
        for (int k = 0; k < t->years; k++) {
            double x;
            if (!value_in(I, t, y - k, &x)) {
                snprintf(t->note, sizeof t->note,
                         "%s lacks %d, needed for the %d-year mean ending %d", code, y - k,
                         t->years, y);
                return;
            }
            v += x / t->years;
        }
        break;
    case WDI_CHANGE_OVER:
        value_in(I, t, y, &v);
        if (!value_in(I, t, y - t->years, &first) || first == 0) {
            snprintf(t->note, sizeof t->note, "%s lacks %d, needed for the change over %d-%d", code,
                     y - t->years, y - t->years, y);
            return;
        }
        v = (v / first - 1) * 100;
        break;
    case WDI_NOT_A_VALUE: return;
    }
    if (t->kind != WDI_VALUE || t->scale != 1) { /* arithmetic noise: 19.999999999999996 */
        char s[32];
        snprintf(s, sizeof s, "%.12g", v);
        v = strtod(s, NULL);
    }
    const lc_field *f = t->field;
    if ((f->has_min && v < f->min) || (f->has_max && v > f->max)) {
        snprintf(t->note, sizeof t->note,
                 "%s gives %.6g for %d, outside the field's range %g to %g: check and enter "
                 "by hand",
                 code, v, y, f->has_min ? f->min : -INFINITY, f->has_max ? f->max : INFINITY);
        return;
    }
    t->filled = true;
    t->value = v;
    t->year = y;
    const char *how = t->kind == WDI_MEAN_OF_YEARS ? "mean of the annual values"
                      : t->kind == WDI_CHANGE_OVER ? "change in %"
                                                   : NULL;
    if (how && y != asked)
        snprintf(t->note, sizeof t->note, "%s %d-%d; %d has no value, latest earlier year used",
                 how, y - t->years + (t->kind == WDI_MEAN_OF_YEARS), y, asked);
    else if (how)
        snprintf(t->note, sizeof t->note, "%s %d-%d", how,
                 y - t->years + (t->kind == WDI_MEAN_OF_YEARS), y);
    else if (y != asked)
        snprintf(t->note, sizeof t->note, "%d has no value; latest earlier year used", asked);
    if (t->scale != 1 && !t->note[0]) snprintf(t->note, sizeof t->note, "%s in millions", code);
}

/* --- writing the profile ----------------------------------------------- */

/* The shortest text that reads back as the same double, in plain decimal
 * notation where it is readable (33000, not 3.3e+04). */
static void put_number(lc_buf *b, double v) {
    char s[64];
    double mag = fabs(v);
    if (mag == 0 || (mag >= 1e-4 && mag < 1e15)) {
        for (int decimals = 0; decimals <= 12; decimals++) {
            snprintf(s, sizeof s, "%.*f", decimals, v);
            if (strtod(s, NULL) == v) {
                lc_buf_puts(b, s);
                return;
            }
        }
    }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(s, sizeof s, "%.*g", prec, v);
        if (strtod(s, NULL) == v) break;
    }
    lc_buf_puts(b, s);
}

static void put_quoted(lc_buf *b, const char *s) {
    lc_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            lc_buf_printf(b, "\\%c", *p);
        else if (*p < 0x20)
            lc_buf_printf(b, "\\x%02x", *p);
        else
            lc_buf_putc(b, (char)*p);
    }
    lc_buf_putc(b, '"');
}

static const target *target_at(const importer *I, const char *path) {
    for (size_t i = 0; i < I->n_targets; i++)
        if (!strcmp(I->targets[i].path, path)) return &I->targets[i];
    return NULL;
}

/* True when the map at PATH has a filled field somewhere below it. */
static bool has_filled(const importer *I, const char *path) {
    size_t len = strlen(path);
    for (size_t i = 0; i < I->n_targets; i++)
        if (I->targets[i].filled && !strncmp(I->targets[i].path, path, len) &&
            I->targets[i].path[len] == '.')
            return true;
    return false;
}

static void describe_field(lc_buf *b, const lc_field *f) {
    lc_buf_printf(b, "(%s", lc_type_name(f->type));
    if (f->type == LC_T_ENUM) {
        lc_buf_puts(b, ":");
        for (size_t i = 0; i < f->n_values; i++)
            lc_buf_printf(b, "%s%s", i ? "|" : " ", f->values[i]);
    }
    lc_buf_puts(b, ")");
    if (f->meaning) lc_buf_printf(b, " %s", f->meaning);
}

static void put_filled(lc_buf *b, const importer *I, const target *t, int indent) {
    const char *file = strrchr(I->req->path, '/');
    file = file ? file + 1 : strcmp(I->req->path, "-") ? I->req->path : "stdin";
    lc_buf_printf(b, "%*s%s: {value: ", indent, "", t->field->name);
    put_number(b, t->value);
    lc_buf_printf(b, ", year: %d, source: ", t->year);
    char source[300];
    snprintf(source, sizeof source, "World Bank WDI (%s)", file);
    put_quoted(b, source);
    lc_buf_printf(b, ", code: %s", t->field->wdi);
    if (t->note[0]) {
        lc_buf_puts(b, ", note: ");
        put_quoted(b, t->note);
    }
    lc_buf_puts(b, "}\n");
}

/* One commented line for a field the advisor still has to fill. */
static void put_todo(lc_buf *b, const lc_field *f, const target *t, int indent) {
    lc_buf_printf(b, "%*s# %s: ", indent, "", f->name);
    describe_field(b, f);
    if (t && t->note[0]) lc_buf_printf(b, " [WDI: %s]", t->note);
    lc_buf_putc(b, '\n');
}

static void put_map(lc_buf *b, const importer *I, const lc_field *map, const char *prefix,
                    int indent);

static void put_field(lc_buf *b, const importer *I, const lc_field *f, const char *path,
                      int indent) {
    const target *t = target_at(I, path);
    if (t && t->filled) {
        put_filled(b, I, t, indent);
    } else if (f->type == LC_T_MAP && has_filled(I, path)) {
        lc_buf_printf(b, "%*s%s:\n", indent, "", f->name);
        put_map(b, I, f, path, indent + 2);
    } else if (f->type == LC_T_MAP) {
        lc_buf_printf(b, "%*s# %s: ", indent, "", f->name);
        describe_field(b, f);
        lc_buf_puts(b, "\n");
        for (size_t i = 0; i < f->n_fields; i++) {
            char sub[256];
            snprintf(sub, sizeof sub, "%s.%s", path, f->fields[i].name);
            const target *st = target_at(I, sub);
            if (f->fields[i].type == LC_T_MAP) {
                lc_buf_printf(b, "%*s#   %s: ", indent, "", f->fields[i].name);
                describe_field(b, &f->fields[i]);
                lc_buf_putc(b, '\n');
            } else {
                put_todo(b, &f->fields[i], st, indent + 2);
            }
        }
    } else {
        put_todo(b, f, t, indent);
    }
}

static void put_map(lc_buf *b, const importer *I, const lc_field *map, const char *prefix,
                    int indent) {
    for (size_t i = 0; i < map->n_fields; i++) {
        const lc_field *f = &map->fields[i];
        char path[256];
        snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", f->name);
        if (!strcmp(path, "format") || !strcmp(path, "country.iso3") ||
            !strcmp(path, "country.name") || !strcmp(path, "country.year"))
            continue; /* written first, always */
        put_field(b, I, f, path, indent);
    }
}

static void write_profile(const importer *I, lc_buf *b, lc_wdi_summary *sum) {
    const lc_wdi_request *req = I->req;
    lc_buf_printf(b,
                  "# Profile skeleton for %s, %d, from the World Bank WDI bulk file %s\n"
                  "# (latecomer import wdi). %zu of the %zu fields the schema maps to a WDI\n"
                  "# indicator were filled, each with its indicator code as provenance",
                  req->iso3, req->year, req->path, sum->filled, sum->mapped);
    if (sum->earlier_year)
        lc_buf_printf(b, ";\n# %zu from an earlier year than %d (their note says so)",
                      sum->earlier_year, req->year);
    lc_buf_puts(b, ".\n"
                   "# The commented lines are what an advisor still has to fill: every field\n"
                   "# the WDI cannot give, with its type and meaning, and [WDI: ...] where an\n"
                   "# indicator exists but gave no usable value. Uncomment and fill them;\n"
                   "# `latecomer check` validates the result.\n");
    lc_buf_puts(b, "format: latecomer.profile/1\ncountry:\n  iso3: ");
    put_quoted(b, req->iso3);
    lc_buf_puts(b, "\n  name: ");
    put_quoted(b, I->country_name ? I->country_name : req->iso3);
    lc_buf_printf(b, "\n  year: %d\n", req->year);
    const lc_field *root = &I->schema->root;
    for (size_t i = 0; i < root->n_fields; i++) {
        const lc_field *f = &root->fields[i];
        if (!strcmp(f->name, "format")) continue;
        if (!strcmp(f->name, "country")) {
            put_map(b, I, f, "country", 2);
            continue;
        }
        put_field(b, I, f, f->name, 0);
    }
}

/* --- the import -------------------------------------------------------- */

/* Letters that differ between two codes, an adjacent swap counting one
 * (KRO for KOR). */
static size_t code_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b), n = la < lb ? la : lb, d = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] == b[i]) continue;
        if (i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i]) i++;
        d++;
    }
    return d + (la > lb ? la - lb : lb - la);
}

static void unknown_country(importer *I) {
    const char *best = NULL;
    size_t best_d = 99;
    for (size_t i = 0; i < I->n_seen; i++) {
        size_t d = code_distance(I->req->iso3, I->seen[i]);
        if (d < best_d) best_d = d, best = I->seen[i];
    }
    if (best && best_d <= 1)
        lc_diags_add(I->diags, LC_DIAG_ERROR, I->req->path, 0, 0,
                     "country '%s' is not in the file (expected one of its %zu Country Code "
                     "values; did you mean '%s'?)",
                     I->req->iso3, I->n_seen, best);
    else
        lc_diags_add(I->diags, LC_DIAG_ERROR, I->req->path, 0, 0,
                     "country '%s' is not in the file (expected one of its %zu Country Code "
                     "values, e.g. '%s')",
                     I->req->iso3, I->n_seen, I->n_seen ? I->seen[0] : "KOR");
}

lc_status lc_wdi_import(const lc_schema *schema, FILE *file, const lc_wdi_request *req, lc_buf *out,
                        lc_diags *diags, lc_wdi_summary *summary) {
    lc_wdi_summary ignored;
    lc_wdi_summary *sum = summary ? summary : &ignored;
    memset(sum, 0, sizeof(*sum));
    importer I = {.schema = schema, .req = req, .diags = diags};
    lc_csv csv;
    lc_csv_init(&csv, file, req->path, MAX_FIELD, MAX_FIELDS);
    lc_status st = LC_OK;
    if (!collect_targets(&I, &schema->root, "")) st = LC_ENOMEM;
    if (st == LC_OK) st = read_header(&I, &csv);
    const char *last_other = NULL; /* the previous non-matching code, to skip repeats cheaply */
    char last_other_buf[64] = "";
    while (st == LC_OK) {
        lc_csv_status cs = lc_csv_next(&csv);
        if (cs == LC_CSV_END) break;
        if (cs == LC_CSV_ERROR) {
            lc_diags_add(diags, LC_DIAG_ERROR, req->path, (int)csv.error_line, (int)csv.error_col,
                         "%s", csv.error);
            st = LC_EINPUT;
            break;
        }
        sum->records++;
        const char *code = lc_csv_field(&csv, I.col_code);
        if (strcmp(code, req->iso3) != 0) {
            if (!last_other || strcmp(code, last_other) != 0) {
                remember_country(&I, code);
                snprintf(last_other_buf, sizeof last_other_buf, "%s", code);
                last_other = last_other_buf;
            }
            continue;
        }
        if (!I.country_found) {
            I.country_found = true;
            I.country_name = strdup(lc_csv_field(&csv, I.col_name));
        }
        if (!take_series(&I, &csv)) st = LC_ENOMEM;
    }
    sum->first_year = I.first_year;
    sum->last_year = I.last_year;
    sum->mapped = I.n_targets;
    if (st == LC_OK && !I.country_found) {
        unknown_country(&I);
        st = LC_EINPUT;
    }
    if (st == LC_OK && req->year < I.first_year) {
        lc_diags_add(diags, LC_DIAG_ERROR, req->path, 0, 0,
                     "year %d is before the file's first year column %d (expected %d to %d)",
                     req->year, I.first_year, I.first_year, I.last_year);
        st = LC_EINPUT;
    }
    if (st == LC_OK) {
        for (size_t i = 0; i < I.n_targets; i++) {
            compute(&I, &I.targets[i]);
            sum->filled += I.targets[i].filled;
            sum->earlier_year += I.targets[i].filled && I.targets[i].year != req->year;
        }
        sum->without_value = sum->mapped - sum->filled;
        write_profile(&I, out, sum);
        if (out->oom) st = LC_ENOMEM;
    }
    for (size_t i = 0; i < I.n_targets; i++)
        free(I.targets[i].series);
    free(I.targets);
    free(I.year_of);
    free(I.country_name);
    for (size_t i = 0; i < I.n_seen; i++)
        free(I.seen[i]);
    lc_csv_free(&csv);
    return st;
}
