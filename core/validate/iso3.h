/* iso3.h: is a string an ISO 3166-1 alpha-3 code a profile may use? */
#ifndef LC_ISO3_H
#define LC_ISO3_H

#include <stdbool.h>

typedef enum {
    LC_ISO3_ASSIGNED,      /* an officially assigned code */
    LC_ISO3_USER_ASSIGNED, /* AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ: scenarios and training */
    LC_ISO3_WITHDRAWN,     /* was assigned, withdrawn since (ISO 3166-3) */
    LC_ISO3_UNKNOWN,       /* three capital letters, but no country */
    LC_ISO3_MALFORMED,     /* not three capital letters A-Z */
} lc_iso3_status;

typedef struct lc_iso3_withdrawn {
    const char *code;
    const char *name;
    int year; /* of withdrawal */
} lc_iso3_withdrawn;

/* Classifies CODE; for a withdrawn code *OLD (if given) says what it was. */
lc_iso3_status lc_iso3_classify(const char *code, const lc_iso3_withdrawn **old);

#endif
