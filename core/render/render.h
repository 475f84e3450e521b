/* render.h: the render stage. The result document (output.md) is built
 * here in contract key order; JSON and NDJSON are printed from it, and
 * renderer plugins (Markdown, HTML) receive it as a read-only Lua table. */
#ifndef LC_RENDER_H
#define LC_RENDER_H

#include <cjson/cJSON.h>

#include "../engine/result.h"

/* The whole result document; caller frees with cJSON_Delete. */
cJSON *lc_result_document(const lc_result *r);

#endif
