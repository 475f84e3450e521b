/* render_json PLUGIN_DIR FORMAT FILE.json: renders a saved result document
 * (or an array of them, as one report) with the renderer plugin of FORMAT
 * and prints the text. The report tests use it on hand-written results that
 * fill every field of the result contract, including fields no rule of the
 * day fills yet, so the renderers are checked against the whole contract. */
#include <stdio.h>
#include <stdlib.h>

#include "render/render.h"
#include "util/diag.h"
#include "util/fileio.h"

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: render_json PLUGIN_DIR FORMAT FILE.json\n");
        return 2;
    }
    char *text = NULL;
    size_t len = 0;
    if (lc_read_file(argv[3], 16u << 20, &text, &len) != LC_READ_OK) {
        fprintf(stderr, "render_json: cannot read %s\n", argv[3]);
        return 2;
    }
    cJSON *doc = cJSON_ParseWithLength(text, len);
    free(text);
    if (!doc) {
        fprintf(stderr, "render_json: %s is not JSON\n", argv[3]);
        return 2;
    }
    const char *plugin_dirs[] = {argv[1]};
    lc_engine_config cfg = {NULL, 0, plugin_dirs, 1, lc_limits_default()};
    lc_diags diags;
    lc_diags_init(&diags);
    lc_engine *e = NULL;
    lc_status st = lc_engine_open(&cfg, &e, &diags);
    lc_diags_print(&diags, stderr);
    lc_diags_free(&diags);
    int rc = 0;
    char *out = NULL, *why = NULL;
    if (st != LC_OK) {
        rc = 3;
    } else {
        st = cJSON_IsArray(doc) ? lc_render_plugin_collection(e, doc, argv[2], &out, &why)
                                : lc_render_plugin_document(e, doc, argv[2], &out, &why);
        if (st != LC_OK) {
            fprintf(stderr, "render_json: %s: %s\n", lc_status_name(st), why ? why : "no renderer");
            rc = 3;
        } else {
            fputs(out, stdout);
        }
    }
    free(out);
    free(why);
    lc_engine_close(e);
    cJSON_Delete(doc);
    return rc;
}
