/* batch.c: the ordered parallel runner (see batch.h).
 *
 * One mutex guards the window; three condition variables say "an item is
 * waiting for a worker", "an item is done" and "the window has room". The
 * reader thread is separate from the calling thread so a result is handed
 * on while the reader is still blocked on its input (a pipe that feeds one
 * line and waits for its answer must not deadlock). */
#include "batch.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/engine.h"
#include "../engine/result.h"
#include "../render/render.h"

typedef enum { SLOT_FREE, SLOT_QUEUED, SLOT_TAKEN, SLOT_DONE } slot_state;

typedef struct slot {
    slot_state state;
    lc_batch_item item;
} slot;

typedef struct batch {
    const lc_batch_config *cfg;
    slot *slots;
    size_t window;
    pthread_mutex_t mu;
    pthread_cond_t work, done, room;
    size_t produced, taken, emitted; /* item counters: produced >= taken >= emitted */
    bool input_ended, cancel;
    unsigned workers_alive; /* workers still running; the last one out ends the batch */
    unsigned workers_with_engine;
} batch;

unsigned lc_batch_cores(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

/* Frees what the source and the worker put in ITEM. */
static void item_clear(lc_batch_item *item) {
    free(item->name);
    free(item->data);
    free(item->problem);
    free(item->text);
    cJSON_Delete(item->doc);
    free(item->why);
    lc_diags_free(&item->diags);
    memset(item, 0, sizeof(*item));
}

/* --- the NDJSON error line ------------------------------------------- */

/* One errors[] or warnings[] entry; LINE and COL are 0 when unknown. */
static cJSON *entry(const char *kind, const char *message, const char *file, int line, int col) {
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    cJSON_AddStringToObject(o, "kind", kind);
    cJSON_AddStringToObject(o, "message", message);
    cJSON_AddItemToObject(o, "file", file ? cJSON_CreateString(file) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "line", line > 0 ? cJSON_CreateNumber(line) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "column", col > 0 ? cJSON_CreateNumber(col) : cJSON_CreateNull());
    return o;
}

static cJSON *diag_entries(const lc_diags *d, lc_diag_level level, const char *kind) {
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < d->n; i++) {
        const lc_diag *g = &d->items[i];
        if (g->level == level)
            cJSON_AddItemToArray(a, entry(kind, g->message, g->file, g->line, g->col));
    }
    return a;
}

char *lc_batch_error_line(const lc_batch_item *item) {
    cJSON *d = cJSON_CreateObject();
    if (!d) return NULL;
    cJSON_AddStringToObject(d, "format", "latecomer.error/1");
    cJSON *prof = cJSON_AddObjectToObject(d, "profile");
    if (prof) {
        cJSON_AddStringToObject(prof, "path", item->name ? item->name : "-");
        if (item->format == LC_INPUT_JSON && item->first_line)
            cJSON_AddNumberToObject(prof, "line", item->first_line);
    }
    const char *kind = item->status == LC_ENOMEM ? "out_of_memory" : "invalid_profile";
    cJSON *errors = diag_entries(&item->diags, LC_DIAG_ERROR, kind);
    /* a failure past loading (out of memory while evaluating) leaves no
     * diagnostic, and the line must still say why it is an error line */
    if (errors && !errors->child)
        cJSON_AddItemToArray(
            errors, entry(kind, lc_status_name(item->status), item->name ? item->name : "-", 0, 0));
    cJSON_AddItemToObject(d, "errors", errors);
    cJSON_AddItemToObject(d, "warnings", diag_entries(&item->diags, LC_DIAG_WARNING, "warning"));
    char *s = lc_json_print(d, false);
    cJSON_Delete(d);
    return s;
}

/* --- one item --------------------------------------------------------- */

static lc_status load(lc_engine *e, lc_batch_item *it, lc_profile **p) {
    if (!it->name) { /* the source ran out of memory naming it */
        lc_diags_add(&it->diags, LC_DIAG_ERROR, NULL, 0, 0, "out of memory reading the input");
        return LC_ENOMEM;
    }
    if (it->problem) {
        lc_diags_add(&it->diags, LC_DIAG_ERROR, it->name, it->problem_line,
                     it->problem_line ? 1 : 0, "%s", it->problem);
        return LC_EINPUT;
    }
    if (it->format == LC_INPUT_JSON)
        return lc_profile_load_json(e, it->name, it->data ? it->data : "", it->len, it->first_line,
                                    p, &it->diags);
    if (it->data) return lc_profile_load_buffer(e, it->name, it->data, it->len, p, &it->diags);
    return lc_profile_load_file(e, it->name, p, &it->diags);
}

static void render(lc_engine *e, const lc_batch_config *cfg, lc_batch_item *it,
                   const lc_result *r) {
    switch (cfg->output) {
    case LC_BATCH_CHECK:
    case LC_BATCH_RESULT: return;
    case LC_BATCH_JSON: it->text = lc_result_json(r, true); break;
    case LC_BATCH_NDJSON: it->text = lc_result_json(r, false); break;
    case LC_BATCH_DOCUMENT:
        if (!(it->doc = lc_result_document(r))) it->status = LC_ENOMEM;
        return;
    case LC_BATCH_RENDER_PLUGIN: {
        lc_status st = lc_render_plugin(e, r, cfg->format, &it->text, &it->why);
        if (st != LC_OK) {
            it->status = st;
            return;
        }
        break;
    }
    }
    if (!it->text) it->status = LC_ENOMEM;
}

static void process(lc_engine *e, const lc_batch_config *cfg, lc_batch_item *it) {
    it->max_severity = -1;
    lc_profile *p = NULL;
    it->status = load(e, it, &p);
    /* the input text is no longer needed: free it before the slow part */
    free(it->data);
    it->data = NULL;
    lc_diags_sort(&it->diags);
    if (it->status == LC_OK && cfg->output != LC_BATCH_CHECK) {
        lc_result *r = NULL;
        it->status = lc_engine_evaluate(e, p, cfg->eval, &r);
        if (it->status == LC_OK) {
            it->max_severity = lc_result_max_severity(r);
            it->rule_errors = lc_result_error_count(r);
            render(e, cfg, it, r);
        }
        lc_result_free(r);
    }
    lc_profile_free(p);
    if (it->status != LC_OK && it->status != LC_ERULES && cfg->output == LC_BATCH_NDJSON) {
        free(it->text);
        it->text = lc_batch_error_line(it);
    }
}

/* --- threads ---------------------------------------------------------- */

typedef struct worker {
    batch *b;
    lc_engine *engine; /* borrowed (worker 0) or owned */
    bool owns_engine;
    pthread_t thread;
    bool started;
} worker;

static void *worker_main(void *arg) {
    worker *w = arg;
    batch *b = w->b;
    if (!w->engine && b->cfg->engine_config) {
        lc_diags ignored; /* worker 0's engine already reported every problem */
        lc_diags_init(&ignored);
        if (lc_engine_open(b->cfg->engine_config, &w->engine, &ignored) == LC_OK &&
            b->cfg->input_limits)
            lc_engine_set_input_limits(w->engine, b->cfg->input_limits);
        if (w->engine) w->owns_engine = true;
        lc_diags_free(&ignored);
    }
    pthread_mutex_lock(&b->mu);
    if (w->engine) b->workers_with_engine++;
    while (w->engine) {
        while (!b->cancel && b->taken == b->produced && !b->input_ended)
            pthread_cond_wait(&b->work, &b->mu);
        if (b->cancel || b->taken == b->produced) break;
        slot *s = &b->slots[b->taken % b->window];
        s->item.index = b->taken++;
        s->state = SLOT_TAKEN;
        pthread_mutex_unlock(&b->mu);
        process(w->engine, b->cfg, &s->item);
        pthread_mutex_lock(&b->mu);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&b->done);
    }
    b->workers_alive--;
    pthread_cond_broadcast(&b->done);
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

static void *reader_main(void *arg) {
    batch *b = arg;
    const lc_batch_config *cfg = b->cfg;
    for (;;) {
        pthread_mutex_lock(&b->mu);
        while (!b->cancel && b->produced - b->emitted >= b->window)
            pthread_cond_wait(&b->room, &b->mu);
        bool stop = b->cancel;
        pthread_mutex_unlock(&b->mu);
        if (stop) break;
        lc_batch_item item = {0};
        lc_diags_init(&item.diags);
        int got = cfg->source(cfg->source_ud, &item);
        pthread_mutex_lock(&b->mu);
        if (got != 1 || b->cancel) {
            item_clear(&item);
            pthread_mutex_unlock(&b->mu);
            break;
        }
        slot *s = &b->slots[b->produced % b->window];
        s->item = item;
        s->state = SLOT_QUEUED;
        b->produced++;
        pthread_cond_signal(&b->work);
        pthread_mutex_unlock(&b->mu);
    }
    pthread_mutex_lock(&b->mu);
    b->input_ended = true;
    pthread_cond_broadcast(&b->work);
    pthread_cond_broadcast(&b->done);
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* The calling thread: hands items to the sink in order. */
static void drain(batch *b, lc_batch_stats *stats) {
    const lc_batch_config *cfg = b->cfg;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        slot *s = &b->slots[b->emitted % b->window];
        bool ready = b->emitted < b->produced && s->state == SLOT_DONE;
        if (!ready) {
            bool finished = b->input_ended && b->emitted == b->produced;
            /* nobody left to do the queued work: only after a cancel */
            bool stuck = b->workers_alive == 0 && b->emitted < b->produced;
            if (finished || stuck) break;
            pthread_cond_wait(&b->done, &b->mu);
            continue;
        }
        bool cancelled = b->cancel;
        pthread_mutex_unlock(&b->mu);
        bool go_on = cancelled || cfg->sink(cfg->sink_ud, &s->item);
        item_clear(&s->item);
        pthread_mutex_lock(&b->mu);
        s->state = SLOT_FREE;
        if (!b->cancel) stats->items++;
        b->emitted++;
        if (!go_on) {
            b->cancel = true;
            stats->stopped = true;
            pthread_cond_broadcast(&b->work);
        }
        pthread_cond_broadcast(&b->room);
    }
    /* after a cancel, queued items nobody took */
    for (size_t i = b->emitted; i < b->produced; i++)
        item_clear(&b->slots[i % b->window].item);
    pthread_mutex_unlock(&b->mu);
}

lc_status lc_batch_run(const lc_batch_config *cfg, lc_batch_stats *stats) {
    lc_batch_stats ignored;
    if (!stats) stats = &ignored;
    *stats = (lc_batch_stats){0};
    unsigned n = cfg->threads ? cfg->threads : lc_batch_cores();
    batch b = {.cfg = cfg};
    b.window = cfg->window ? cfg->window : (n * 4 > 8 ? n * 4 : 8);
    b.slots = calloc(b.window, sizeof(*b.slots));
    worker *workers = calloc(n, sizeof(*workers));
    if (!b.slots || !workers) {
        free(b.slots);
        free(workers);
        return LC_ENOMEM;
    }
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.work, NULL);
    pthread_cond_init(&b.done, NULL);
    pthread_cond_init(&b.room, NULL);
    lc_status st = LC_OK;
    pthread_t reader;
    bool reader_started = pthread_create(&reader, NULL, reader_main, &b) == 0;
    if (!reader_started) {
        st = LC_ENOMEM;
    } else {
        for (unsigned i = 0; i < n; i++) {
            lc_engine *given = i == 0              ? cfg->engine
                               : cfg->more_engines ? cfg->more_engines[i - 1]
                                                   : NULL;
            workers[i] = (worker){.b = &b, .engine = given};
            pthread_mutex_lock(&b.mu);
            b.workers_alive++;
            pthread_mutex_unlock(&b.mu);
            workers[i].started =
                pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) == 0;
            if (!workers[i].started) {
                pthread_mutex_lock(&b.mu);
                b.workers_alive--;
                pthread_mutex_unlock(&b.mu);
                if (i == 0) st = LC_ENOMEM; /* no worker at all */
                break;
            }
        }
        if (st != LC_OK) {
            pthread_mutex_lock(&b.mu);
            b.cancel = true;
            pthread_cond_broadcast(&b.room);
            pthread_mutex_unlock(&b.mu);
        }
        drain(&b, stats);
        pthread_mutex_lock(&b.mu);
        b.cancel = true; /* the reader may wait for room that will never come */
        pthread_cond_broadcast(&b.room);
        pthread_cond_broadcast(&b.work);
        pthread_mutex_unlock(&b.mu);
        pthread_join(reader, NULL);
        /* an item the reader produced after drain finished */
        for (size_t i = b.emitted; i < b.produced; i++)
            item_clear(&b.slots[i % b.window].item);
    }
    for (unsigned i = 0; i < n; i++) {
        if (workers[i].started) pthread_join(workers[i].thread, NULL);
        if (workers[i].owns_engine) lc_engine_close(workers[i].engine);
    }
    stats->threads = b.workers_with_engine;
    pthread_cond_destroy(&b.room);
    pthread_cond_destroy(&b.done);
    pthread_cond_destroy(&b.work);
    pthread_mutex_destroy(&b.mu);
    free(b.slots);
    free(workers);
    return st;
}
