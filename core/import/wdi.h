/* wdi.h: a profile skeleton from the World Bank WDI bulk CSV
 * (`Country Name,Country Code,Indicator Name,Indicator Code,1960,...`).
 *
 * Every profile field whose schema entry carries a `wdi` code is filled
 * with that indicator's value for the year asked, or for the latest earlier
 * year that has one (the provenance note says so). How a series becomes a
 * field follows the field's name (docs/import-wdi.md):
 *   NAME_5y_pct with "change"  -> % change over the 5 years ending then;
 *   NAME_5y_pct otherwise      -> mean of the 5 annual values;
 *   NAME_m                     -> the series in millions;
 *   a pct field from a US$ series (code ending .CD/.KD) is a ratio the
 *   file cannot give: listed for the advisor instead.
 * A value outside the field's schema range is not written (it would make
 * the profile invalid); it is listed with the reason.
 *
 * The file is streamed once, one record at a time: memory does not grow
 * with its size. */
#ifndef LC_WDI_H
#define LC_WDI_H

#include <stddef.h>
#include <stdio.h>

#include "../util/buf.h"
#include "../util/diag.h"
#include "../validate/schema.h"
#include "latecomer/latecomer.h"

typedef struct lc_wdi_request {
    const char *path; /* the CSV, as messages and the provenance name it */
    const char *iso3; /* Country Code to pick */
    int year;         /* reference year of the profile */
} lc_wdi_request;

typedef struct lc_wdi_summary {
    size_t records;            /* CSV records read */
    size_t mapped;             /* schema fields that have a WDI code */
    size_t filled;             /* written with a value */
    size_t earlier_year;       /* of those, from a year before the one asked */
    size_t without_value;      /* mapped but not filled */
    int first_year, last_year; /* year columns of the file */
} lc_wdi_summary;

/* Reads CSV (already open) and appends the profile YAML to OUT. LC_EINPUT
 * with a diagnostic for a malformed file, missing columns, a country the
 * file does not have or a year before its first column. */
lc_status lc_wdi_import(const lc_schema *schema, FILE *csv, const lc_wdi_request *req, lc_buf *out,
                        lc_diags *diags, lc_wdi_summary *summary);

#endif
