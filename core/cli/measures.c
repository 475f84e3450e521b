/* measures.c: `latecomer measures`: the measures catalogue and its
 * prerequisite graph, validated as the engine validates it. */
#include <getopt.h>
#include <stdio.h>

#include "../plan/graph.h"
#include "../util/diag.h"
#include "../util/fileio.h"
#include "../validate/schema.h"
#include "cli.h"

static const char help[] =
    "usage: latecomer measures [options]\n"
    "\n"
    "Prints the measures catalogue of a rule pack (its measures.yaml) and the prerequisite\n"
    "graph: id, title, area, horizon, the earliest stage each measure suits, priority, depth\n"
    "(longest prerequisite chain), prerequisites and what needs each measure, the profile\n"
    "facts that show it is in place, and for subsidy instruments the WTO-compliant design\n"
    "the engine recommends. The catalogue is validated first, as evaluate validates it.\n"
    "\n"
    "Options:\n"
    "  -r, --rules DIR    the rule pack (default: the bundled pack)\n"
    "  -f, --format FMT   json (default), dot (Graphviz: latecomer measures -f dot | dot -Tsvg)\n"
    "                     or markdown\n"
    "  -o, --output PATH  write to PATH atomically instead of stdout\n"
    "  -h, --help         this text\n"
    "\n"
    "Exit codes: 0 ok, 2 usage error, 3 the catalogue is missing or invalid,\n"
    "4 internal error.\n";

int cli_measures(int argc, char **argv) {
    static const struct option opts[] = {
        {"rules", required_argument, 0, 'r'},
        {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *rules = NULL, *output = NULL;
    int format = LC_CATALOG_JSON;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":r:f:o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'r': rules = optarg; break;
        case 'f':
            format = lc_catalog_format_parse(optarg);
            if (format < 0)
                return cli_usage_error(
                    "measures", "--format %s is unknown (expected json, dot or markdown)", optarg);
            break;
        case 'o': output = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':': return cli_usage_error("measures", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("measures", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return cli_usage_error("measures", "unexpected argument '%s'", argv[optind]);
    cli_paths defaults;
    cli_default_paths(&defaults);
    char path[8300];
    snprintf(path, sizeof path, "%s/measures.yaml", rules ? rules : defaults.rules);
    if (!lc_is_file(path)) {
        fprintf(stderr,
                "latecomer measures: %s: no measures catalogue (expected a rule pack "
                "directory holding measures.yaml)\n",
                path);
        return EXIT_RULES;
    }
    lc_diags diags;
    lc_diags_init(&diags);
    lc_schema *schema = lc_schema_builtin(&diags);
    lc_catalog *cat = schema ? lc_catalog_load_file(path, schema, &diags) : NULL;
    lc_diags_sort(&diags);
    lc_diags_print(&diags, stderr);
    int code = EXIT_OK;
    lc_buf out;
    lc_buf_init(&out);
    if (!schema) {
        code = EXIT_INTERNAL;
    } else if (!cat) {
        code = diags.oom ? EXIT_INTERNAL : EXIT_RULES;
    } else if (!lc_catalog_render(cat, (lc_catalog_format)format, &out) || out.oom) {
        fprintf(stderr, "latecomer measures: out of memory\n");
        code = EXIT_INTERNAL;
    } else {
        code = cli_write_output(output, out.data, out.len);
    }
    lc_buf_free(&out);
    lc_catalog_free(cat);
    lc_schema_free(schema);
    lc_diags_free(&diags);
    return code;
}
