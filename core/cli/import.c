/* import.c: `latecomer import wdi CSV --country ISO3 --year YYYY`, a
 * profile skeleton from the World Bank WDI bulk CSV (core/import/wdi.h).
 * The skeleton is validated before it is written: it always passes
 * `latecomer check`. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../import/wdi.h"
#include "../load/load.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/fileio.h"
#include "../validate/validate.h"
#include "cli.h"
#include "latecomer/latecomer.h"

static const char help[] =
    "usage: latecomer import wdi CSV --country ISO3 --year YYYY [-o PATH]\n"
    "\n"
    "Builds a profile skeleton from the World Bank WDI bulk CSV (Country Name,Country Code,\n"
    "Indicator Name,Indicator Code,1960,...). Every field the profile schema maps to a WDI\n"
    "indicator is filled with its value for YYYY, or for the latest earlier year that has one\n"
    "(the provenance note says so), as {value, year, source, code}. Commented lines list what\n"
    "an advisor still has to fill. The file is streamed: its size does not matter.\n"
    "\n"
    "Options:\n"
    "  -c, --country ISO3   the Country Code to take (e.g. KOR)\n"
    "  -y, --year YYYY      the profile's reference year\n"
    "  -o, --output PATH    write to PATH atomically instead of stdout\n"
    "  -q, --quiet          no summary on stderr\n"
    "  -h, --help           this text\n"
    "\n"
    "Exit codes: 0 written, 2 usage error, unreadable or malformed CSV, or a country or year\n"
    "the file does not have, 4 internal error.\n";

/* The skeleton must be a valid profile, without a warning: anything else
 * is our bug. It is checked as `check` would, against the schema the
 * import already compiled. */
static int check_skeleton(const lc_schema *schema, const char *name, const lc_buf *yaml) {
    lc_diags diags;
    lc_diags_init(&diags);
    lc_load_limits limits = lc_load_limits_default();
    lc_doc *doc = lc_yaml_load(name, yaml->data, yaml->len, &limits, &diags);
    if (doc) lc_validate(schema, doc, &diags);
    bool bad = !doc || diags.errors || diags.warnings;
    if (bad) {
        lc_diags_print(&diags, stderr);
        fprintf(stderr, "latecomer import: internal error: the skeleton does not validate\n");
    }
    lc_doc_free(doc);
    lc_diags_free(&diags);
    return bad ? EXIT_INTERNAL : EXIT_OK;
}

static int import_wdi(int argc, char **argv) {
    static const struct option opts[] = {
        {"country", required_argument, 0, 'c'}, {"year", required_argument, 0, 'y'},
        {"output", required_argument, 0, 'o'},  {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},          {0, 0, 0, 0},
    };
    char iso3[4] = "";
    int year = 0;
    bool quiet = false;
    const char *output = NULL;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":c:y:o:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'c':
            if (strlen(optarg) != 3 || !isalpha((unsigned char)optarg[0]) ||
                !isalpha((unsigned char)optarg[1]) || !isalpha((unsigned char)optarg[2]))
                return cli_usage_error("import wdi",
                                       "--country '%s' is not an ISO3 code (expected three "
                                       "letters, e.g. KOR)",
                                       optarg);
            for (int i = 0; i < 3; i++)
                iso3[i] = (char)toupper((unsigned char)optarg[i]);
            break;
        case 'y': {
            char *end;
            long y = strtol(optarg, &end, 10);
            if (*end || end == optarg || y < 1945 || y > 2100)
                return cli_usage_error("import wdi",
                                       "--year '%s' is not a year (expected 1945 to 2100)", optarg);
            year = (int)y;
            break;
        }
        case 'o': output = optarg; break;
        case 'q': quiet = true; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':':
            return cli_usage_error("import wdi", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("import wdi", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc) return cli_usage_error("import wdi", "no WDI CSV file given");
    if (optind + 1 < argc)
        return cli_usage_error("import wdi", "one CSV file at a time ('%s' is extra)",
                               argv[optind + 1]);
    if (!iso3[0]) return cli_usage_error("import wdi", "--country ISO3 is required");
    if (!year) return cli_usage_error("import wdi", "--year YYYY is required");
    const char *path = argv[optind];

    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "%s: error: cannot read: %s (expected a readable WDI CSV file)\n", path,
                strerror(errno));
        return EXIT_USAGE;
    }
    lc_diags diags;
    lc_diags_init(&diags);
    lc_schema *schema = lc_schema_builtin(&diags);
    lc_buf out;
    lc_buf_init(&out);
    lc_wdi_request req = {path, iso3, year};
    lc_wdi_summary sum;
    lc_status st = schema ? lc_wdi_import(schema, f, &req, &out, &diags, &sum) : LC_EINTERNAL;
    if (f != stdin) fclose(f);
    lc_diags_print(&diags, stderr);
    lc_diags_free(&diags);
    int code = st == LC_OK ? EXIT_OK : st == LC_EINPUT ? EXIT_USAGE : EXIT_INTERNAL;
    if (code == EXIT_OK) code = check_skeleton(schema, output ? output : "<import>", &out);
    lc_schema_free(schema);
    if (code == EXIT_OK) code = cli_write_output(output, out.data, out.len);
    if (code == EXIT_OK && !quiet)
        fprintf(stderr,
                "latecomer import: %s %d: %zu of %zu WDI-mapped fields filled (%zu from an "
                "earlier year), %zu left to fill; %zu records read, years %d-%d\n",
                iso3, year, sum.filled, sum.mapped, sum.earlier_year, sum.without_value,
                sum.records, sum.first_year, sum.last_year);
    lc_buf_free(&out);
    return code;
}

int cli_import(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        fputs(help, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (!strcmp(argv[1], "wdi")) return import_wdi(argc - 1, argv + 1);
    return cli_usage_error("import", "unknown source '%s' (expected wdi)", argv[1]);
}
