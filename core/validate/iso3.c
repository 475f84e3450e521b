/* iso3.c: ISO 3166-1 alpha-3 country codes.
 *
 * The 249 officially assigned codes and the withdrawn ones (ISO 3166-3),
 * transcribed from the Debian iso-codes 4.15.0 tables (iso_3166-1.json,
 * iso_3166-3.json). Sorted, for bsearch. Update both lists together when ISO
 * assigns or withdraws a code. */
#include "iso3.h"

#include <stdlib.h>
#include <string.h>

static const char *const assigned[] = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF",
    "ZMB", "ZWE",
};

static const lc_iso3_withdrawn withdrawn[] = {
    {"AFI", "French Afars and Issas", 1977},
    {"ANT", "Netherlands Antilles", 2010},
    {"ATB", "British Antarctic Territory", 1979},
    {"ATN", "Dronning Maud Land", 1983},
    {"BUR", "Burma, Socialist Republic of the Union of", 1989},
    {"BYS", "Byelorussian SSR Soviet Socialist Republic", 1992},
    {"CSK", "Czechoslovakia, Czechoslovak Socialist Republic", 1993},
    {"CTE", "Canton and Enderbury Islands", 1984},
    {"DDR", "German Democratic Republic", 1990},
    {"DHY", "Dahomey", 1977},
    {"FXX", "France, Metropolitan", 1997},
    {"GEL", "Gilbert and Ellice Islands", 1979},
    {"HVO", "Upper Volta, Republic of", 1984},
    {"JTN", "Johnston Island", 1986},
    {"MID", "Midway Islands", 1986},
    {"NHB", "New Hebrides", 1980},
    {"NTZ", "Neutral Zone", 1993},
    {"PCI", "Pacific Islands (trust territory)", 1986},
    {"PCZ", "Panama Canal Zone", 1980},
    {"PUS", "US Miscellaneous Pacific Islands", 1986},
    {"RHO", "Southern Rhodesia", 1980},
    {"SCG", "Serbia and Montenegro", 2006},
    {"SKM", "Sikkim", 1975},
    {"SUN", "USSR, Union of Soviet Socialist Republics", 1992},
    {"TMP", "East Timor", 2002},
    {"VDR", "Viet-Nam, Democratic Republic of", 1977},
    {"WAK", "Wake Island", 1986},
    {"YMD", "Yemen, Democratic, People's Democratic Republic of", 1990},
    {"YUG", "Yugoslavia, (Socialist) Federal Republic of", 2003},
    {"ZAR", "Zaire, Republic of", 1997},
};

static int cmp_code(const void *key, const void *elem) {
    return strcmp((const char *)key, *(const char *const *)elem);
}

static int cmp_withdrawn(const void *key, const void *elem) {
    return strcmp((const char *)key, ((const lc_iso3_withdrawn *)elem)->code);
}

/* ISO 3166-1 leaves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ to users. */
static bool user_assigned(const char *c) {
    return (c[0] == 'A' && c[1] == 'A') || (c[0] == 'Q' && c[1] >= 'M') || c[0] == 'X' ||
           (c[0] == 'Z' && c[1] == 'Z');
}

lc_iso3_status lc_iso3_classify(const char *code, const lc_iso3_withdrawn **old) {
    if (old) *old = NULL;
    if (strlen(code) != 3) return LC_ISO3_MALFORMED;
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z') return LC_ISO3_MALFORMED;
    if (bsearch(code, assigned, sizeof(assigned) / sizeof(assigned[0]), sizeof(assigned[0]),
                cmp_code))
        return LC_ISO3_ASSIGNED;
    if (user_assigned(code)) return LC_ISO3_USER_ASSIGNED;
    const lc_iso3_withdrawn *w = bsearch(code, withdrawn, sizeof(withdrawn) / sizeof(withdrawn[0]),
                                         sizeof(withdrawn[0]), cmp_withdrawn);
    if (w && old) *old = w;
    return w ? LC_ISO3_WITHDRAWN : LC_ISO3_UNKNOWN;
}
