/* Unit tests: the streaming CSV reader and the WDI import (values, the
 * latest earlier year, name-driven transforms, ranges, errors). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* cmocka needs the four headers above first */
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/csv.h"
#include "import/wdi.h"
#include "load/load.h"
#include "validate/validate.h"

static FILE *file_with(const char *text) {
    FILE *f = tmpfile();
    assert_non_null(f);
    fputs(text, f);
    rewind(f);
    return f;
}

/* --- CSV ---------------------------------------------------------------- */

static void csv_reads_quotes_commas_line_breaks_bom_and_crlf(void **state) {
    (void)state;
    FILE *f = file_with("\xEF\xBB\xBF"
                        "a,\"b, c\",\"say \"\"hi\"\"\",,\r\n"
                        "\r\n"
                        "\"two\nlines\",x\r\n"
                        "last,\"\",end");
    lc_csv c;
    lc_csv_init(&c, f, "t.csv", 1024, 16);
    assert_int_equal(lc_csv_next(&c), LC_CSV_RECORD);
    assert_int_equal(c.n_fields, 5);
    assert_string_equal(lc_csv_field(&c, 0), "a"); /* the BOM is not data */
    assert_string_equal(lc_csv_field(&c, 1), "b, c");
    assert_string_equal(lc_csv_field(&c, 2), "say \"hi\"");
    assert_string_equal(lc_csv_field(&c, 3), "");
    assert_string_equal(lc_csv_field(&c, 4), "");
    assert_string_equal(lc_csv_field(&c, 9), "");     /* past the end */
    assert_int_equal(lc_csv_next(&c), LC_CSV_RECORD); /* the blank line is skipped */
    assert_int_equal(c.record_line, 3);
    assert_int_equal(c.n_fields, 2);
    assert_string_equal(lc_csv_field(&c, 0), "two\nlines");
    assert_int_equal(lc_csv_next(&c), LC_CSV_RECORD);
    assert_int_equal(c.record_line, 5);
    assert_int_equal(c.n_fields, 3);
    assert_string_equal(lc_csv_field(&c, 2), "end"); /* no final newline */
    assert_int_equal(lc_csv_next(&c), LC_CSV_END);
    lc_csv_free(&c);
    fclose(f);
}

static void csv_errors_name_line_and_column(void **state) {
    (void)state;
    FILE *f = file_with("a,b\nc,\"open\n,more");
    lc_csv c;
    lc_csv_init(&c, f, "t.csv", 1024, 16);
    assert_int_equal(lc_csv_next(&c), LC_CSV_RECORD);
    assert_int_equal(lc_csv_next(&c), LC_CSV_ERROR);
    assert_int_equal(c.error_line, 2);
    assert_int_equal(c.error_col, 3);
    assert_non_null(strstr(c.error, "never closed"));
    lc_csv_free(&c);
    fclose(f);

    f = file_with("12345678901234567890\n");
    lc_csv_init(&c, f, "t.csv", 8, 16);
    assert_int_equal(lc_csv_next(&c), LC_CSV_ERROR);
    assert_non_null(strstr(c.error, "longer than 8 bytes"));
    lc_csv_free(&c);
    fclose(f);

    f = file_with("a,b,c,d\n");
    lc_csv_init(&c, f, "t.csv", 8, 3);
    assert_int_equal(lc_csv_next(&c), LC_CSV_ERROR);
    assert_non_null(strstr(c.error, "more than 3 fields"));
    lc_csv_free(&c);
    fclose(f);
}

/* --- WDI ---------------------------------------------------------------- */

static const char schema_text[] =
    "format: latecomer.schema/1\n"
    "version: test\n"
    "fields:\n"
    "  format: {type: str, required: true, const: latecomer.profile/1}\n"
    "  country:\n"
    "    type: map\n"
    "    required: true\n"
    "    fields:\n"
    "      iso3: {type: str, required: true}\n"
    "      name: {type: str, required: true}\n"
    "      year: {type: int, required: true, min: 1945, max: 2100}\n"
    "      gni_per_capita_usd: {type: num, min: 0, wdi: NY.GNP.PCAP.CD}\n"
    "      population_m: {type: num, min: 0, wdi: SP.POP.TOTL, meaning: population}\n"
    "  macro:\n"
    "    type: map\n"
    "    fields:\n"
    "      gdp_growth_5y_pct: {type: num, wdi: NY.GDP.MKTP.KD.ZG}\n"
    "      reer_change_5y_pct: {type: num, wdi: PX.REX.REER}\n"
    "      exports_pct_gdp: {type: pct, wdi: NE.EXP.GNFS.ZS}\n"
    "      inflation_pct: {type: num, wdi: FP.CPI.TOTL.ZG}\n"
    "      real_interest_rate_pct: {type: num, wdi: FR.INR.RINR}\n"
    "      regime: {type: enum, values: [fixed, float], meaning: exchange rate regime}\n"
    "  technology:\n"
    "    type: map\n"
    "    fields:\n"
    "      licensing_payments_pct_rd: {type: pct, max: null, wdi: BM.GSR.ROYL.CD}\n"
    "  sectors:\n"
    "    type: list\n"
    "    item: {type: map, fields: {name: {type: str, required: true}}}\n";

static const char wdi_csv[] =
    "Country Name,Country Code,Indicator Name,Indicator Code,2014,2015,2016,2017,2018,2019,"
    "2020,\n"
    "Korea,KOR,GNI,NY.GNP.PCAP.CD,1,2,3,4,5,33000.5,,\n"
    "Korea,KOR,Population,SP.POP.TOTL,,,,,,,51836239,\n"
    "Korea,KOR,Growth,NY.GDP.MKTP.KD.ZG,9,1,2,3,4,5,..,\n"
    "Korea,KOR,REER,PX.REX.REER,80,100,,,,,120,\n"
    "Korea,KOR,\"Exports, goods and services\",NE.EXP.GNFS.ZS,,,,,,,185.2,\n"
    "Korea,KOR,Inflation,FP.CPI.TOTL.ZG,,,,,,,-0.25,\n"
    "Korea,KOR,Royalties,BM.GSR.ROYL.CD,,,,,,,7000000,\n"
    "Japan,JPN,Inflation,FP.CPI.TOTL.ZG,,,,,,,1,\n";

static lc_status import(const char *iso3, int year, lc_buf *out, lc_diags *d, lc_schema **schema,
                        lc_wdi_summary *sum) {
    lc_diags_init(d);
    *schema = lc_schema_load("test-schema.yaml", schema_text, strlen(schema_text), d);
    assert_non_null(*schema);
    FILE *f = file_with(wdi_csv);
    lc_buf_init(out);
    lc_wdi_request req = {"data/WDICSV.csv", iso3, year};
    lc_status st = lc_wdi_import(*schema, f, &req, out, d, sum);
    fclose(f);
    return st;
}

static void wdi_fills_values_transforms_and_todo_comments(void **state) {
    (void)state;
    lc_buf out;
    lc_diags d;
    lc_schema *schema;
    lc_wdi_summary sum;
    assert_int_equal(import("KOR", 2020, &out, &d, &schema, &sum), LC_OK);
    const char *y = out.data;
    /* the year's value, or the latest earlier one, said in the note */
    assert_non_null(strstr(y, "  gni_per_capita_usd: {value: 33000.5, year: 2019, source: \"World "
                              "Bank WDI (WDICSV.csv)\", code: NY.GNP.PCAP.CD, note: \"2020 has no "
                              "value; latest earlier year used\"}\n"));
    /* _m: millions */
    assert_non_null(strstr(y, "population_m: {value: 51.836239, year: 2020,"));
    /* _5y: the mean of the five years ending at the latest with a value */
    assert_non_null(strstr(y, "gdp_growth_5y_pct: {value: 3, year: 2019,"));
    assert_non_null(strstr(y, "mean of the annual values 2015-2019; 2020 has no value"));
    /* _5y with change: % change over five years */
    assert_non_null(strstr(y, "reer_change_5y_pct: {value: 20, year: 2020,"));
    assert_non_null(strstr(y, "inflation_pct: {value: -0.25, year: 2020,"));
    /* out of the schema's range: left for the advisor, with why */
    assert_null(strstr(y, "exports_pct_gdp: {"));
    assert_non_null(strstr(y, "# exports_pct_gdp: (pct)"));
    assert_non_null(strstr(y, "gives 185.2 for 2020, outside the field's range 0 to 100"));
    /* a US$ series for a ratio field: never written as the value */
    assert_null(strstr(y, "licensing_payments_pct_rd: {"));
    assert_non_null(strstr(y, "BM.GSR.ROYL.CD is a US$ series and this field a ratio"));
    /* indicators the file lacks, and fields no indicator gives */
    assert_non_null(strstr(y, "# real_interest_rate_pct: (num)"));
    assert_non_null(strstr(y, "FR.INR.RINR is not in the file for KOR"));
    assert_non_null(strstr(y, "# regime: (enum: fixed|float) exchange rate regime"));
    assert_non_null(strstr(y, "# sectors: (list)"));
    assert_non_null(strstr(y, "name: \"Korea\"\n  year: 2020\n"));
    assert_int_equal(sum.mapped, 8);
    assert_int_equal(sum.filled, 5);
    assert_int_equal(sum.earlier_year, 2);
    assert_int_equal(sum.records, 8);
    assert_int_equal(sum.first_year, 2014);
    assert_int_equal(sum.last_year, 2020);

    /* and the skeleton is a valid profile of that schema */
    lc_doc *doc = lc_yaml_load("skeleton.yaml", out.data, out.len, NULL, &d);
    assert_non_null(doc);
    assert_int_equal(lc_validate(schema, doc, &d), 0);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    lc_doc_free(doc);
    lc_schema_free(schema);
    lc_buf_free(&out);
    lc_diags_free(&d);
}

static void wdi_rejects_unknown_country_and_early_year(void **state) {
    (void)state;
    lc_buf out;
    lc_diags d;
    lc_schema *schema;
    lc_wdi_summary sum;
    assert_int_equal(import("KRO", 2020, &out, &d, &schema, &sum), LC_EINPUT);
    assert_int_equal(d.errors, 1);
    assert_non_null(strstr(d.items[0].message, "country 'KRO' is not in the file"));
    assert_non_null(strstr(d.items[0].message, "did you mean 'KOR'?"));
    assert_int_equal(out.len, 0); /* nothing half-written */
    lc_schema_free(schema);
    lc_buf_free(&out);
    lc_diags_free(&d);

    assert_int_equal(import("KOR", 1990, &out, &d, &schema, &sum), LC_EINPUT);
    assert_non_null(strstr(d.items[0].message, "year 1990 is before the file's first year"));
    lc_schema_free(schema);
    lc_buf_free(&out);
    lc_diags_free(&d);
}

static void wdi_rejects_files_that_are_not_wdi(void **state) {
    (void)state;
    lc_diags d;
    lc_diags_init(&d);
    lc_schema *schema = lc_schema_load("s.yaml", schema_text, strlen(schema_text), &d);
    static const char *files[][2] = {
        {"", "empty file"},
        {"Country,Code\nKorea,KOR\n", "no 'Country Name' column"},
        {"Country Name,Country Code,Indicator Code\nKorea,KOR,X\n", "no year columns"},
        {"Country Name,Country Code,Indicator Code,2020\nKorea,\"KOR,X,1\n", "never closed"},
    };
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        FILE *f = file_with(files[i][0]);
        lc_buf out;
        lc_buf_init(&out);
        lc_wdi_request req = {"bad.csv", "KOR", 2020};
        assert_int_equal(lc_wdi_import(schema, f, &req, &out, &d, NULL), LC_EINPUT);
        if (!strstr(d.items[d.n - 1].message, files[i][1]))
            fail_msg("case %zu: %s", i, d.items[d.n - 1].message);
        fclose(f);
        lc_buf_free(&out);
    }
    assert_int_equal(d.items[3].line, 2);
    assert_int_equal(d.items[3].col, 7);
    lc_schema_free(schema);
    lc_diags_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_reads_quotes_commas_line_breaks_bom_and_crlf),
        cmocka_unit_test(csv_errors_name_line_and_column),
        cmocka_unit_test(wdi_fills_values_transforms_and_todo_comments),
        cmocka_unit_test(wdi_rejects_unknown_country_and_early_year),
        cmocka_unit_test(wdi_rejects_files_that_are_not_wdi),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
