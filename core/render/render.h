/* render.h: the render stage. The result document (output.md) is built
 * here in contract key order; JSON and NDJSON are printed from it, and
 * renderer plugins (Markdown, HTML) receive it as a read-only Lua table. */
#ifndef LC_RENDER_H
#define LC_RENDER_H

#include <cjson/cJSON.h>

#include "../engine/result.h"

/* The whole result document; caller frees with cJSON_Delete. */
cJSON *lc_result_document(const lc_result *r);
/* D as JSON text: pretty = indented by two spaces, else one line. Caller frees. */
char *lc_json_print(const cJSON *d, bool pretty);

/* Runs the renderer plugin registered for FORMAT (its `format` field) on
 * the result document; *out receives the text (caller frees). Returns
 * LC_EINPUT when no renderer has that format, LC_ERULES when the renderer
 * fails (*why says how; caller frees). */
typedef struct lc_engine lc_engine;
lc_status lc_render_plugin(lc_engine *e, const lc_result *r, const char *format, char **out,
                           char **why);

/* Whether a renderer plugin of the engine has FORMAT. */
bool lc_render_plugin_exists(const lc_engine *e, const char *format);

/* Whether FORMAT's renderer declares `collection = true`: given several
 * profiles it wants them all at once, to make one report (one Markdown
 * document, one HTML page) rather than texts to concatenate. */
bool lc_render_plugin_takes_collection(const lc_engine *e, const char *format);

/* Runs FORMAT's renderer on DOC, a result document (or a collection) that
 * no evaluation in this engine produced: a saved or hand-written one. The
 * renderer's ctx has no as_of. Returns as lc_render_plugin. */
lc_status lc_render_plugin_document(lc_engine *e, const cJSON *doc, const char *format, char **out,
                                    char **why);

/* Runs FORMAT's renderer once on the collection document
 * {"format": "latecomer.results/1", "results": RESULTS}, RESULTS being an
 * array of result documents in input order. Returns as lc_render_plugin. */
lc_status lc_render_plugin_collection(lc_engine *e, const cJSON *results, const char *format,
                                      char **out, char **why);

#endif
