/* schema.c: `latecomer schema`: the profile schema as a field reference
 * (Markdown; docs/profile-format.md is this output) or as JSON for tools. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/diag.h"
#include "../validate/schema_doc.h"
#include "cli.h"

static const char help[] =
    "usage: latecomer schema [--format markdown|json]\n"
    "\n"
    "Prints the profile schema (profiles/schema.yaml, built into the binary): every section\n"
    "and field with its type, allowed values, unit, meaning and source (WDI code).\n"
    "docs/profile-format.md is the Markdown output.\n"
    "\n"
    "Options:\n"
    "  -f, --format FMT   markdown (default): a field reference for people;\n"
    "                     json: the whole schema, one object per field, for tools\n"
    "  -h, --help         this text\n"
    "\n"
    "Exit codes: 0 ok, 2 usage error, 4 internal error.\n";

int cli_schema(int argc, char **argv) {
    static const struct option opts[] = {
        {"format", required_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    const char *format = "markdown";
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":f:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        case ':': return cli_usage_error("schema", "option '%s' needs a value", argv[optind - 1]);
        default: return cli_usage_error("schema", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return cli_usage_error("schema", "unexpected argument '%s'", argv[optind]);
    bool markdown = !strcmp(format, "markdown");
    if (!markdown && strcmp(format, "json") != 0)
        return cli_usage_error("schema", "--format %s is unknown (expected markdown or json)",
                               format);
    lc_diags diags;
    lc_diags_init(&diags);
    lc_schema *schema = lc_schema_builtin(&diags);
    lc_diags_print(&diags, stderr);
    lc_diags_free(&diags);
    if (!schema) return EXIT_INTERNAL;
    char *text = markdown ? lc_schema_markdown(schema) : lc_schema_json(schema, true);
    lc_schema_free(schema);
    if (!text) {
        fputs("latecomer schema: out of memory\n", stderr);
        return EXIT_INTERNAL;
    }
    int code = cli_write_output(NULL, text, strlen(text));
    if (code == EXIT_OK && !markdown) code = cli_write_output(NULL, "\n", 1);
    free(text);
    return code;
}
