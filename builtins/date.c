/* date.c - date and time builtins: time, microtime, hrtime, sleep, usleep,
 * date/gmdate, idate, getdate, localtime, mktime/gmmktime, checkdate,
 * strtotime and date_default_timezone_get/set.
 * Calendar arithmetic is proleptic Gregorian on 64-bit day numbers. The
 * default zone is UTC; named zones are read from the system's tzfile(5)
 * database (/usr/share/zoneinfo) into a per-VM struct mp_tz: the recorded
 * transitions, then the POSIX TZ rule of the file's footer after the last
 * one. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/time.h>
#include "builtins.h"
#include "../vm/vmapi.h"
#include "date.h"

/* One end of a POSIX TZ rule's daylight period: Mm.w.d, Jn or n, at
 * SECS past local midnight. */
typedef struct tzrule_day {
    char kind;               /* 'M', 'J' (1-365, no Feb 29) or 'n' (0-365) */
    int  m, w, d;            /* M: month, week 1-5 (5 last), weekday; J/n: day in d */
    int  secs;
} tzrule_day;

/* A time zone loaded from a tzfile (allocated by the GC; arrays atomic). */
struct mp_tz {
    int      has_rule;       /* footer parsed: applies after the last transition */
    int      rule_dst;       /* the rule has a daylight period */
    int32_t  std_off, dst_off; /* seconds east of UTC */
    char     std_abbr[16], dst_abbr[16];
    tzrule_day start, end;
    char     name[64];       /* identifier as given to date_default_timezone_set */
    int      ntrans;         /* transitions, ascending */
    int64_t *trans;          /* UTC instants of the transitions */
    uint8_t *idx;            /* local time type in force from each transition */
    int      ntypes;
    int32_t *off;            /* UTC offset of each type, seconds */
    uint8_t *dst;            /* is it daylight saving time */
    uint8_t *abbr;           /* index into abbrs */
    char    *abbrs;          /* NUL-separated abbreviations */
    int      nabbrs;         /* bytes in abbrs */
};
typedef struct mp_tz mp_tz;

/* Offset information for one instant. */
typedef struct tzinfo {
    int32_t     off;         /* seconds east of UTC */
    int         dst;
    const char *abbr;        /* "UTC", "CET", "+03"... */
    int64_t     since;       /* the transition that started it (INT64_MIN: none) */
} tzinfo;

/* A broken-down local time. */
typedef struct dt {
    int64_t y;
    int     m, d, h, i, s;   /* 1-12, 1-31, 0-23, 0-59, 0-59 */
    int     wd, yd;          /* 0 = Sunday; 0-365 */
    int64_t ts;              /* the UTC instant */
    tzinfo  z;
    const char *zname;       /* "e" format: zone identifier */
    int     us;              /* microseconds (DateTime::format) */
} dt;

static const char *const wdays[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December" };

/* ---- calendar arithmetic ---- */

static int64_t floordiv(int64_t a, int64_t b) { int64_t q = a / b; if ((a % b) != 0 && ((a < 0) != (b < 0))) q--; return q; }
static int64_t floormod(int64_t a, int64_t b) { int64_t r = a % b; if (r != 0 && ((r < 0) != (b < 0))) r += b; return r; }

/* Wrapping arithmetic: absurd inputs give garbage (as in PHP), never UB. */
static int64_t wadd(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t wmul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

static int is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int month_days(int64_t y, int m)
{
    static const int n[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && is_leap(y) ? 29 : n[m - 1];
}

/* Days since 1970-01-01 of a Gregorian date (month 1-12). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    if (m <= 2) y--;
    int64_t era = floordiv(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    z += 719468;
    int64_t era = floordiv(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* Seconds since the epoch of local fields, normalising any overflow
 * (month 13, day 0, hour 25...) the way mktime does. */
static int64_t fields_to_secs(int64_t y, int64_t m, int64_t d, int64_t h, int64_t i, int64_t s)
{
    y = wadd(y, floordiv(wadd(m, -1), 12));
    m = floormod(wadd(m, -1), 12) + 1;
    if (y > 100000000000LL) y = 100000000000LL;
    if (y < -100000000000LL) y = -100000000000LL;
    int64_t days = wadd(days_from_civil(y, (int)m, 1), wadd(d, -1));
    return wadd(wadd(wmul(days, 86400), wmul(h, 3600)), wadd(wmul(i, 60), s));
}

/* ---- zones ---- */

static int64_t be32(const unsigned char *p) { return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]); }
static int64_t be64(const unsigned char *p) { return (int64_t)((uint64_t)be32(p) << 32 | (uint32_t)be32(p + 4)); }

/* POSIX TZ string pieces: an abbreviation ("CET" or "<+03>"). */
static const char *rule_abbr(const char *p, char *out)
{
    size_t n = 0;
    if (*p == '<') {
        p++;
        while (*p && *p != '>') { if (n < 15) out[n++] = *p; p++; }
        if (*p != '>') return NULL;
        p++;
    } else {
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) { if (n < 15) out[n++] = *p; p++; }
    }
    out[n] = 0;
    return n >= 1 ? p : NULL;
}

/* [+-]hh[:mm[:ss]] into seconds. */
static const char *rule_time(const char *p, int *secs)
{
    int sign = 1, v[3] = { 0, 0, 0 };
    if (*p == '+' || *p == '-') { if (*p == '-') sign = -1; p++; }
    if (!(*p >= '0' && *p <= '9')) return NULL;
    for (int k = 0; k < 3; k++) {
        while (*p >= '0' && *p <= '9') v[k] = v[k] * 10 + (*p++ - '0');
        if (k < 2 && *p == ':' && p[1] >= '0' && p[1] <= '9') p++;
        else break;
    }
    *secs = sign * (v[0] * 3600 + v[1] * 60 + v[2]);
    return p;
}

static const char *rule_day(const char *p, tzrule_day *r)
{
    if (*p == 'M') {
        r->kind = 'M';
        r->m = (int)strtol(p + 1, (char **)&p, 10);
        if (*p++ != '.') return NULL;
        r->w = (int)strtol(p, (char **)&p, 10);
        if (*p++ != '.') return NULL;
        r->d = (int)strtol(p, (char **)&p, 10);
        if (r->m < 1 || r->m > 12 || r->w < 1 || r->w > 5 || r->d < 0 || r->d > 6) return NULL;
    } else if (*p == 'J') {
        r->kind = 'J';
        r->d = (int)strtol(p + 1, (char **)&p, 10);
    } else if (*p >= '0' && *p <= '9') {
        r->kind = 'n';
        r->d = (int)strtol(p, (char **)&p, 10);
    } else {
        return NULL;
    }
    r->secs = 7200;
    if (*p == '/') p = rule_time(p + 1, &r->secs);
    return p;
}

/* Parse the footer rule S into TZ (has_rule stays 0 on failure). */
static void rule_parse(mp_tz *tz, const char *p)
{
    int off;
    if (!(p = rule_abbr(p, tz->std_abbr)) || !(p = rule_time(p, &off))) return;
    tz->std_off = -off;
    tz->rule_dst = 0;
    if (*p) {
        if (!(p = rule_abbr(p, tz->dst_abbr))) return;
        tz->dst_off = tz->std_off + 3600;
        if (*p && *p != ',') {
            if (!(p = rule_time(p, &off))) return;
            tz->dst_off = -off;
        }
        if (*p++ != ',' || !(p = rule_day(p, &tz->start)) || *p++ != ',' || !(p = rule_day(p, &tz->end)))
            return;
        tz->rule_dst = 1;
    }
    tz->has_rule = 1;
}

/* The local day (days since the epoch) a rule day falls on in year Y. */
static int64_t rule_date(const tzrule_day *r, int64_t y)
{
    if (r->kind == 'J') {   /* 1-365, Feb 29 never counted */
        int64_t d = days_from_civil(y, 1, 1) + r->d - 1;
        if (is_leap(y) && r->d >= 60) d++;
        return d;
    }
    if (r->kind == 'n') return days_from_civil(y, 1, 1) + r->d;
    int64_t first = days_from_civil(y, r->m, 1);
    int wd1 = (int)floormod(first + 4, 7);
    int day = 1 + (r->d - wd1 + 7) % 7 + 7 * (r->w - 1);
    while (day > month_days(y, r->m)) day -= 7;
    return first + day - 1;
}

/* PHP matches zone ids ignoring case: rewrite each component of PATH after
 * its first SKIP bytes to the spelling found in the directory; 0 if none. */
static int tz_find_nocase(char *path, size_t skip)
{
    char *comp = path + skip;
    while (*comp) {
        char *slash = strchr(comp, '/');
        size_t n = slash ? (size_t)(slash - comp) : strlen(comp);
        char save = comp[0];
        comp[0] = 0;   /* the directory is path up to comp */
        comp[-1] = 0;
        DIR *d = opendir(path);
        comp[-1] = '/';
        comp[0] = save;
        if (!d) return 0;
        struct dirent *de;
        int found = 0;
        while ((de = readdir(d)) != NULL) {
            if (strlen(de->d_name) == n && strncasecmp(de->d_name, comp, n) == 0) {
                memcpy(comp, de->d_name, n);
                found = 1;
                break;
            }
        }
        closedir(d);
        if (!found) return 0;
        if (!slash) break;
        comp = slash + 1;
    }
    return 1;
}

/* Load a zone from the tzfile database; NULL if NAME is no valid zone. */
static mp_tz *tz_load(mp_vm *vm, const char *name, size_t len)
{
    if (len == 0 || len >= 64 || name[0] == '/' || name[0] == '.' || strstr(name, "..") || memchr(name, 0, len))
        return NULL;
    char path[128];
    snprintf(path, sizeof path, "/usr/share/zoneinfo/%.*s", (int)len, name);
    FILE *f = fopen(path, "rb");
    if (!f && tz_find_nocase(path, strlen("/usr/share/zoneinfo/"))) f = fopen(path, "rb");
    if (!f) return NULL;
    unsigned char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            if (cap > (1u << 20)) break;
            unsigned char *nb = realloc(buf, cap);
            if (!nb) break;
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0) break;
        n += r;
    }
    fclose(f);
    mp_tz *tz = NULL;
    if (!buf || n < 44 || memcmp(buf, "TZif", 4) != 0) goto out;
    /* header: counts isutc, isstd, leap, time, type, char */
    const unsigned char *p = buf;
    int v2 = buf[4] >= '2';
    int64_t cnt[6];
    for (int k = 0; k < 6; k++) cnt[k] = be32(p + 20 + 4 * k);
    size_t tsz = 4;
    if (v2) {   /* skip the 32-bit block, use the 64-bit one */
        size_t skip = 44 + cnt[3] * 5 + cnt[4] * 6 + cnt[5] + cnt[2] * 8 + cnt[1] + cnt[0];
        if (skip + 44 > n || memcmp(buf + skip, "TZif", 4) != 0) goto out;
        p = buf + skip;
        for (int k = 0; k < 6; k++) cnt[k] = be32(p + 20 + 4 * k);
        tsz = 8;
    }
    size_t need = (size_t)(44 + cnt[3] * (int64_t)tsz + cnt[3] + cnt[4] * 6 + cnt[5]);
    if ((size_t)(p - buf) + need > n || cnt[4] < 1 || cnt[4] > 255) goto out;
    tz = mp_alloc(vm, sizeof *tz);
    memcpy(tz->name, name, len);
    tz->name[len] = 0;
    tz->ntrans = (int)cnt[3];
    tz->ntypes = (int)cnt[4];
    tz->trans = mp_alloc_atomic(vm, (tz->ntrans + 1) * sizeof(int64_t));
    tz->idx = mp_alloc_atomic(vm, tz->ntrans + 1);
    tz->off = mp_alloc_atomic(vm, tz->ntypes * sizeof(int32_t));
    tz->dst = mp_alloc_atomic(vm, tz->ntypes);
    tz->abbr = mp_alloc_atomic(vm, tz->ntypes);
    tz->nabbrs = (int)cnt[5];
    tz->abbrs = mp_alloc_atomic(vm, tz->nabbrs + 1);
    const unsigned char *q = p + 44;
    for (int k = 0; k < tz->ntrans; k++, q += tsz)
        tz->trans[k] = tsz == 8 ? be64(q) : be32(q);
    for (int k = 0; k < tz->ntrans; k++, q++)
        tz->idx[k] = *q < tz->ntypes ? *q : 0;
    for (int k = 0; k < tz->ntypes; k++, q += 6) {
        tz->off[k] = (int32_t)be32(q);
        tz->dst[k] = q[4];
        tz->abbr[k] = q[5] < tz->nabbrs ? q[5] : 0;
    }
    memcpy(tz->abbrs, q, tz->nabbrs);
    tz->abbrs[tz->nabbrs] = 0;
    q += tz->nabbrs;
    if (v2) {   /* skip leap seconds and the std/ut indicators to the footer */
        q += cnt[2] * 12 + cnt[1] + cnt[0];
        if (q < buf + n && *q == '\n') {
            const unsigned char *e = memchr(q + 1, '\n', (size_t)(buf + n - (q + 1)));
            if (e && e - q - 1 < 120) {
                char rule[128];
                memcpy(rule, q + 1, (size_t)(e - q - 1));
                rule[e - q - 1] = 0;
                rule_parse(tz, rule);
            }
        }
    }
out:
    free(buf);
    return tz;
}

/* The offset in force at UTC instant TS. */
static tzinfo tz_at(const mp_tz *tz, int64_t ts)
{
    tzinfo r = { 0, 0, "UTC", INT64_MIN };
    if (!tz) return r;
    int t = 0;
    if (tz->has_rule && (tz->ntrans == 0 || ts >= tz->trans[tz->ntrans - 1])
        && (tz->ntrans > 0 || tz->rule_dst)) {
        r.off = tz->std_off;
        r.abbr = tz->std_abbr;
        if (tz->ntrans > 0) r.since = tz->trans[tz->ntrans - 1];
        if (tz->rule_dst && ts > -(INT64_C(1) << 60) && ts < (INT64_C(1) << 60)) {
            int64_t y, dummy_y;
            int m, d;
            civil_from_days(floordiv(wadd(ts, tz->std_off), 86400), &y, &m, &d);
            (void)dummy_y;
            int64_t start = rule_date(&tz->start, y) * 86400 + tz->start.secs - tz->std_off;
            int64_t end = rule_date(&tz->end, y) * 86400 + tz->end.secs - tz->dst_off;
            int dst = start < end ? (ts >= start && ts < end) : (ts < end || ts >= start);
            if (dst) {
                r.off = tz->dst_off;
                r.dst = 1;
                r.abbr = tz->dst_abbr;
                r.since = ts >= start ? start : rule_date(&tz->start, y - 1) * 86400 + tz->start.secs - tz->std_off;
            } else {
                r.since = ts >= end ? end : (start < end ? rule_date(&tz->end, y - 1) * 86400 + tz->end.secs - tz->dst_off : end);
            }
            if (r.since < ts - 400 * 86400) r.since = INT64_MIN;
        }
        return r;
    }
    if (tz->ntrans == 0 || ts < tz->trans[0]) {
        /* before the first transition: the first non-DST type */
        t = 0;
        for (int k = 0; k < tz->ntypes; k++) if (!tz->dst[k]) { t = k; break; }
    } else {
        int lo = 0, hi = tz->ntrans - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (tz->trans[mid] <= ts) lo = mid; else hi = mid - 1;
        }
        t = tz->idx[lo];
        r.since = tz->trans[lo];
    }
    r.off = tz->off[t];
    r.dst = tz->dst[t];
    r.abbr = tz->abbrs + tz->abbr[t];
    return r;
}

static mp_tz *cur_tz(mp_vm *vm) { return *mp_vm_tz(vm); }
static const char *tz_name(const mp_tz *tz) { return tz ? tz->name : "UTC"; }

/* The UTC instant of local wall-clock seconds LOCAL in zone TZ. DST is the
 * daylight-saving flag of the time the fields were filled from (-1: none),
 * which picks the side of an ambiguous hour as PHP does. */
static int64_t local_to_utc(const mp_tz *tz, int64_t local, int dst)
{
    if (!tz) return local;
    tzinfo cur = tz_at(tz, local);
    if (local < -(INT64_C(1) << 60) || local > (INT64_C(1) << 60)) return wadd(local, -(int64_t)cur.off);
    tzinfo after = tz_at(tz, local - cur.off), act = after;
    if (cur.off == after.off && dst >= 0) {
        if (cur.off >= 0 && dst && !cur.dst) {
            tzinfo early = tz_at(tz, local - cur.off - 7200);
            if (early.off != after.off && local - early.off < after.since) act = early;
        } else if (cur.off <= 0 && cur.dst && !dst) {
            tzinfo late = tz_at(tz, local - cur.off + 7200);
            if (late.off != after.off && local - late.off >= late.since) act = late;
        }
    }
    int in_transition = act.since != INT64_MIN && local - act.off >= act.since + (cur.off - act.off)
                        && local - act.off < act.since;
    return wadd(local, -(int64_t)(cur.off != act.off && !in_transition ? act.off : cur.off));
}

/* Break TS down in zone TZ (NULL = UTC). */
static void breakdown(const mp_tz *tz, int64_t ts, dt *out)
{
    out->ts = ts;
    out->us = 0;
    out->z = tz_at(tz, ts);
    out->zname = tz_name(tz);
    int64_t local = wadd(ts, out->z.off);
    int64_t days = floordiv(local, 86400), sec = floormod(local, 86400);
    civil_from_days(days, &out->y, &out->m, &out->d);
    out->h = (int)(sec / 3600);
    out->i = (int)(sec / 60 % 60);
    out->s = (int)(sec % 60);
    out->wd = (int)floormod(days + 4, 7);
    out->yd = (int)(days - days_from_civil(out->y, 1, 1));
}

static int64_t now_ts(void) { return (int64_t)time(NULL); }

/* ISO-8601 week number and week-based year of D: the week of its Thursday. */
static int iso_week(const dt *d, int64_t *iso_year)
{
    int64_t days = days_from_civil(d->y, d->m, d->d);
    int wd = d->wd == 0 ? 7 : d->wd;           /* 1 = Monday */
    int64_t thu = days - wd + 4, y;
    int m, dd;
    civil_from_days(thu, &y, &m, &dd);
    *iso_year = y;
    return (int)((thu - days_from_civil(y, 1, 1)) / 7 + 1);
}

static void add_offset(mp_buf *b, int32_t off, int colon)
{
    int32_t a = off < 0 ? -off : off;
    mp_buf_printf(b, colon ? "%c%02d:%02d" : "%c%02d%02d", off < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

static void add_year4(mp_buf *b, int64_t y)
{
    if (y < 0) mp_buf_printf(b, "-%04lld", (long long)-y);
    else mp_buf_printf(b, "%04lld", (long long)y);
}

/* date()'s formatting of D by FMT. */
static mp_str *format_date(mp_vm *vm, const char *f, size_t n, const dt *d)
{
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t k = 0; k < n; k++) {
        char c = f[k];
        int64_t iy;
        switch (c) {
        case 'd': mp_buf_printf(&b, "%02d", d->d); break;
        case 'D': mp_buf_add(&b, wdays[d->wd], 3); break;
        case 'j': mp_buf_printf(&b, "%d", d->d); break;
        case 'l': mp_buf_adds(&b, wdays[d->wd]); break;
        case 'N': mp_buf_printf(&b, "%d", d->wd == 0 ? 7 : d->wd); break;
        case 'S': {
            const char *s = "th";
            if (d->d % 10 == 1 && d->d != 11) s = "st";
            else if (d->d % 10 == 2 && d->d != 12) s = "nd";
            else if (d->d % 10 == 3 && d->d != 13) s = "rd";
            mp_buf_adds(&b, s);
            break;
        }
        case 'w': mp_buf_printf(&b, "%d", d->wd); break;
        case 'z': mp_buf_printf(&b, "%d", d->yd); break;
        case 'W': mp_buf_printf(&b, "%02d", iso_week(d, &iy)); break;
        case 'o': iso_week(d, &iy); mp_buf_printf(&b, "%lld", (long long)iy); break;
        case 'F': mp_buf_adds(&b, months[d->m - 1]); break;
        case 'm': mp_buf_printf(&b, "%02d", d->m); break;
        case 'M': mp_buf_add(&b, months[d->m - 1], 3); break;
        case 'n': mp_buf_printf(&b, "%d", d->m); break;
        case 't': mp_buf_printf(&b, "%d", month_days(d->y, d->m)); break;
        case 'L': mp_buf_addc(&b, is_leap(d->y) ? '1' : '0'); break;
        case 'X':
        case 'x':
            if (c == 'X' || d->y < 0 || d->y >= 10000) {
                int64_t a = d->y < 0 ? -d->y : d->y;
                mp_buf_printf(&b, "%c%04lld", d->y < 0 ? '-' : '+', (long long)a);
            } else {
                add_year4(&b, d->y);
            }
            break;
        case 'Y': add_year4(&b, d->y); break;
        case 'y': mp_buf_printf(&b, "%02d", (int)(d->y % 100)); break;
        case 'a': mp_buf_adds(&b, d->h >= 12 ? "pm" : "am"); break;
        case 'A': mp_buf_adds(&b, d->h >= 12 ? "PM" : "AM"); break;
        case 'B': {
            int64_t beat = floormod(wadd(d->ts, 3600), 86400) * 10 / 864;
            mp_buf_printf(&b, "%03d", (int)(beat % 1000));
            break;
        }
        case 'g': mp_buf_printf(&b, "%d", d->h % 12 == 0 ? 12 : d->h % 12); break;
        case 'G': mp_buf_printf(&b, "%d", d->h); break;
        case 'h': mp_buf_printf(&b, "%02d", d->h % 12 == 0 ? 12 : d->h % 12); break;
        case 'H': mp_buf_printf(&b, "%02d", d->h); break;
        case 'i': mp_buf_printf(&b, "%02d", d->i); break;
        case 's': mp_buf_printf(&b, "%02d", d->s); break;
        case 'u': mp_buf_printf(&b, "%06d", d->us); break;
        case 'v': mp_buf_printf(&b, "%03d", d->us / 1000); break;
        case 'e': mp_buf_adds(&b, d->zname); break;
        case 'I': mp_buf_addc(&b, d->z.dst ? '1' : '0'); break;
        case 'O': add_offset(&b, d->z.off, 0); break;
        case 'P': add_offset(&b, d->z.off, 1); break;
        case 'p':
            if (d->z.off == 0 && (!strcmp(d->z.abbr, "UTC") || !strcmp(d->z.abbr, "Z"))) mp_buf_addc(&b, 'Z');
            else add_offset(&b, d->z.off, 1);
            break;
        case 'T': mp_buf_adds(&b, d->z.abbr); break;
        case 'Z': mp_buf_printf(&b, "%d", (int)d->z.off); break;
        case 'c':
            add_year4(&b, d->y);
            mp_buf_printf(&b, "-%02d-%02dT%02d:%02d:%02d", d->m, d->d, d->h, d->i, d->s);
            add_offset(&b, d->z.off, 1);
            break;
        case 'r':
            mp_buf_printf(&b, "%.3s, %02d %.3s ", wdays[d->wd], d->d, months[d->m - 1]);
            add_year4(&b, d->y);
            mp_buf_printf(&b, " %02d:%02d:%02d ", d->h, d->i, d->s);
            add_offset(&b, d->z.off, 0);
            break;
        case 'U': mp_buf_printf(&b, "%lld", (long long)d->ts); break;
        case '\\':
            mp_buf_addc(&b, k + 1 < n ? f[++k] : '\0');   /* PHP emits the terminating NUL */
            break;
        default: mp_buf_addc(&b, c); break;
        }
    }
    return mp_buf_finish(&b);
}

/* The timestamp argument at index I: given (non-null) or now. */
static int64_t ts_arg(int argc, mp_val *argv, int i)
{
    return argc > i && argv[i].type == MP_T_INT ? argv[i].u.i : now_ts();
}

static void do_date(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, int gmt)
{
    dt d;
    breakdown(gmt ? NULL : cur_tz(vm), ts_arg(argc, argv, 1), &d);
    *ret = mp_v_str(format_date(vm, argv[0].u.s->data, argv[0].u.s->len, &d));
}

/* date(string $format, ?int $timestamp = null): string */
static void bi_date(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_date(vm, argc, argv, ret, 0); }
/* gmdate(string $format, ?int $timestamp = null): string */
static void bi_gmdate(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_date(vm, argc, argv, ret, 1); }

/* idate(string $format, ?int $timestamp = null): int|false */
static void bi_idate(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argv[0].u.s->len != 1) {
        mp_error(vm, MP_E_WARNING, "idate(): idate format is one char");
        *ret = mp_v_bool(0);
        return;
    }
    dt d;
    breakdown(cur_tz(vm), ts_arg(argc, argv, 1), &d);
    int64_t iy, v;
    switch (argv[0].u.s->data[0]) {
    case 'B': v = floormod(wadd(d.ts, 3600), 86400) * 10 / 864 % 1000; break;
    case 'd': v = d.d; break;
    case 'h': v = d.h % 12 == 0 ? 12 : d.h % 12; break;
    case 'H': v = d.h; break;
    case 'i': v = d.i; break;
    case 'I': v = d.z.dst; break;
    case 'L': v = is_leap(d.y); break;
    case 'm': v = d.m; break;
    case 'N': v = d.wd == 0 ? 7 : d.wd; break;
    case 'o': iso_week(&d, &iy); v = iy; break;
    case 's': v = d.s; break;
    case 't': v = month_days(d.y, d.m); break;
    case 'U': v = d.ts; break;
    case 'w': v = d.wd; break;
    case 'W': v = iso_week(&d, &iy); break;
    case 'y': v = d.y % 100; break;
    case 'Y': v = d.y; break;
    case 'z': v = d.yd; break;
    case 'Z': v = d.z.off; break;
    default:
        mp_error(vm, MP_E_WARNING, "idate(): Unrecognized date format token");
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_int(v);
}

/* getdate(?int $timestamp = null): array */
static void bi_getdate(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    dt d;
    breakdown(cur_tz(vm), ts_arg(argc, argv, 0), &d);
    mp_array *a = mp_array_new(vm, 11);
    mp_array_set_str(vm, a, "seconds", 7, mp_v_int(d.s));
    mp_array_set_str(vm, a, "minutes", 7, mp_v_int(d.i));
    mp_array_set_str(vm, a, "hours", 5, mp_v_int(d.h));
    mp_array_set_str(vm, a, "mday", 4, mp_v_int(d.d));
    mp_array_set_str(vm, a, "wday", 4, mp_v_int(d.wd));
    mp_array_set_str(vm, a, "mon", 3, mp_v_int(d.m));
    mp_array_set_str(vm, a, "year", 4, mp_v_int(d.y));
    mp_array_set_str(vm, a, "yday", 4, mp_v_int(d.yd));
    mp_array_set_str(vm, a, "weekday", 7, mp_v_str(mp_str_new(vm, wdays[d.wd], strlen(wdays[d.wd]))));
    mp_array_set_str(vm, a, "month", 5, mp_v_str(mp_str_new(vm, months[d.m - 1], strlen(months[d.m - 1]))));
    mp_array_set_int(vm, a, 0, mp_v_int(d.ts));
    *ret = mp_v_arr(a);
}

/* localtime(?int $timestamp = null, bool $associative = false): array */
static void bi_localtime(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    dt d;
    breakdown(cur_tz(vm), ts_arg(argc, argv, 0), &d);
    int assoc = argc > 1 && argv[1].type == MP_T_TRUE;
    static const char *const names[] = { "tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon", "tm_year", "tm_wday", "tm_yday", "tm_isdst" };
    int64_t vals[] = { d.s, d.i, d.h, d.d, d.m - 1, d.y - 1900, d.wd, d.yd, d.z.dst };
    mp_array *a = mp_array_new(vm, 9);
    for (int k = 0; k < 9; k++) {
        if (assoc) mp_array_set_str(vm, a, names[k], strlen(names[k]), mp_v_int(vals[k]));
        else mp_array_set_int(vm, a, k, mp_v_int(vals[k]));
    }
    *ret = mp_v_arr(a);
}

/* mktime/gmmktime: missing (null) fields come from the current time. */
static void do_mktime(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, int gmt)
{
    const mp_tz *tz = gmt ? NULL : cur_tz(vm);
    dt now;
    breakdown(tz, now_ts(), &now);
    int64_t f[6] = { now.h, now.i, now.s, now.m, now.d, now.y };
    for (int k = 0; k < argc && k < 6; k++)
        if (argv[k].type == MP_T_INT) f[k] = argv[k].u.i;
    int64_t y = f[5];
    if (argc > 5 && argv[5].type == MP_T_INT) {
        if (y >= 0 && y < 70) y += 2000;
        else if (y >= 70 && y <= 100) y += 1900;
    }
    int64_t local = fields_to_secs(y, f[3], f[4], f[0], f[1], f[2]);
    *ret = mp_v_int(local_to_utc(tz, local, now.z.dst));
}

/* mktime(int $hour, ?int $minute = null, ?int $second = null, ?int $month = null, ?int $day = null, ?int $year = null): int|false */
static void bi_mktime(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_mktime(vm, argc, argv, ret, 0); }
/* gmmktime(...): the same in UTC */
static void bi_gmmktime(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_mktime(vm, argc, argv, ret, 1); }

/* checkdate(int $month, int $day, int $year): bool */
static void bi_checkdate(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    int64_t m = argv[0].u.i, d = argv[1].u.i, y = argv[2].u.i;
    *ret = mp_v_bool(m >= 1 && m <= 12 && y >= 1 && y <= 32767 && d >= 1 && d <= month_days(y, (int)m));
}

/* time(): int */
static void bi_time(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_int(now_ts());
}

/* microtime(bool $as_float = false): string|float */
static void bi_microtime(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    if (argc > 0 && argv[0].type == MP_T_TRUE) {
        *ret = mp_v_float((double)tv.tv_sec + (double)tv.tv_usec / 1e6);
        return;
    }
    char buf[64];
    int n = snprintf(buf, sizeof buf, "0.%06ld00 %lld", (long)tv.tv_usec, (long long)tv.tv_sec);
    *ret = mp_v_str(mp_str_new(vm, buf, (size_t)n));
}

/* hrtime(bool $as_number = false): array|int */
static void bi_hrtime(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    if (argc > 0 && argv[0].type == MP_T_TRUE) {
        *ret = mp_v_int((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
        return;
    }
    mp_array *a = mp_array_new(vm, 2);
    mp_array_set_int(vm, a, 0, mp_v_int(t.tv_sec));
    mp_array_set_int(vm, a, 1, mp_v_int(t.tv_nsec));
    *ret = mp_v_arr(a);
}

/* sleep(int $seconds): int */
static void bi_sleep(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    if (argv[0].u.i < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "sleep(): Argument #1 ($seconds) must be greater than or equal to 0");
    unsigned left = sleep((unsigned)(argv[0].u.i > 0x7fffffff ? 0x7fffffff : argv[0].u.i));
    *ret = mp_v_int(left);
}

/* usleep(int $microseconds): void */
static void bi_usleep(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    if (argv[0].u.i < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "usleep(): Argument #1 ($microseconds) must be greater than or equal to 0");
    struct timespec t = { (time_t)(argv[0].u.i / 1000000), (long)(argv[0].u.i % 1000000) * 1000 };
    while (nanosleep(&t, &t) != 0 && errno == EINTR) {}
}

/* date_default_timezone_get(): string */
static void bi_date_default_timezone_get(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    const char *n = tz_name(cur_tz(vm));
    *ret = mp_v_str(mp_str_new(vm, n, strlen(n)));
}

/* date_default_timezone_set(string $timezoneId): bool */
static void bi_date_default_timezone_set(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const mp_str *s = argv[0].u.s;
    mp_tz *tz = tz_load(vm, s->data, s->len);
    if (!tz && s->len == 3 && strncasecmp(s->data, "UTC", 3) == 0) {   /* no tz database */
        *mp_vm_tz(vm) = NULL;
        *ret = mp_v_bool(1);
        return;
    }
    if (!tz) {
        mp_error(vm, MP_E_NOTICE, "date_default_timezone_set(): Timezone ID '%s' is invalid", s->data);
        *ret = mp_v_bool(0);
        return;
    }
    *mp_vm_tz(vm) = tz;
    *ret = mp_v_bool(1);
}

/* ---- strtotime ---- */

/* What a strtotime string says: absolute fields, relative amounts, zone. */
typedef struct when {
    int     have_date, have_time, have_zone, have_ts, have_wd, year_missing;
    int64_t y, m, d, h, i, s;
    int64_t ts;                  /* "@123" */
    int32_t zoff;
    int64_t rel[7];              /* years, months, days, hours, minutes, seconds, weekdays */
    int     wd, wd_dir;          /* weekday: 0 this, 1 next, -1 last */
    int     day_of;              /* 1 "first day of", 2 "last day of" */
    int     weekdays_given;      /* a "+0 weekdays" still moves off a weekend */
    int     week_rel;            /* "next/last/this week": weekday within the ISO week */
    int     nth, nth_wd;         /* "second tuesday of": nth (-1 last) and weekday */
    char    zabbr[8];            /* the zone abbreviation given ("EST", "Z"), upper case */
    int64_t us;                  /* microseconds of the time given */
} when;

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Read up to MAX digits (at least MIN) at *p into *v. */
static int digits(const char **p, const char *e, int min, int max, int64_t *v)
{
    const char *q = *p;
    uint64_t r = 0;   /* wraps past 19 digits, as PHP's garbage does */
    int n = 0;
    while (q < e && is_digit(*q) && n < max) { r = r * 10 + (uint64_t)(*q - '0'); q++; n++; }
    if (n < min) return 0;
    *p = q;
    *v = (int64_t)r;
    return n;
}

/* Is the word at P (length N) equal to W, ignoring case? */
static int word_is(const char *p, size_t n, const char *w)
{
    return strlen(w) == n && strncasecmp(p, w, n) == 0;
}

static int month_word(const char *p, size_t n)
{
    static const char *const abbr[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    for (int k = 0; k < 12; k++) {
        if (word_is(p, n, abbr[k]) || word_is(p, n, months[k])) return k + 1;
    }
    if (word_is(p, n, "sept")) return 9;
    return 0;
}

static int weekday_word(const char *p, size_t n)
{
    static const char *const abbr[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
    for (int k = 0; k < 7; k++) {
        if (word_is(p, n, abbr[k]) || word_is(p, n, wdays[k])) return k;
    }
    if (word_is(p, n, "tues")) return 2;
    if (word_is(p, n, "wednes") || word_is(p, n, "thur") || word_is(p, n, "thurs")) return word_is(p, n, "wednes") ? 3 : 4;
    return -1;
}

/* Unit word -> index into rel[] (weeks as 7 days: *mul), -1 if none. */
static int unit_word(const char *p, size_t n, int64_t *mul)
{
    *mul = 1;
    if (n > 1 && (p[n - 1] == 's' || p[n - 1] == 'S')) {
        if (!word_is(p, n, "secs") && !word_is(p, n, "mins")) n--;
        else n--;
    }
    if (word_is(p, n, "sec") || word_is(p, n, "second")) return 5;
    if (word_is(p, n, "min") || word_is(p, n, "minute")) return 4;
    if (word_is(p, n, "hour")) return 3;
    if (word_is(p, n, "day")) return 2;
    if (word_is(p, n, "weekday")) return 6;
    if (word_is(p, n, "week")) { *mul = 7; return 2; }
    if (word_is(p, n, "fortnight") || word_is(p, n, "forthnight")) { *mul = 14; return 2; }
    if (word_is(p, n, "month")) return 1;
    if (word_is(p, n, "year")) return 0;
    return -1;
}

static void skip_space(const char **p, const char *e)
{
    while (*p < e && (**p == ' ' || **p == '\t' || **p == ',' || **p == '\n')) (*p)++;
}

/* Scan a word at *p (letters and dots); returns its length. */
static size_t word_len(const char *p, const char *e)
{
    size_t n = 0;
    while (p + n < e && is_alpha(p[n])) n++;
    return n;
}

/* Zone abbreviations strtotime knows (seconds east of UTC). */
static int zone_word(const char *p, size_t n, int32_t *off)
{
    static const struct { const char *n; int32_t o; } z[] = {
        { "utc", 0 }, { "gmt", 0 }, { "z", 0 }, { "est", -5 * 3600 }, { "edt", -4 * 3600 },
        { "cst", -6 * 3600 }, { "cdt", -5 * 3600 }, { "mst", -7 * 3600 }, { "mdt", -6 * 3600 },
        { "pst", -8 * 3600 }, { "pdt", -7 * 3600 }, { "cet", 3600 }, { "cest", 7200 },
        { "bst", 3600 }, { "eet", 7200 }, { "eest", 3 * 3600 },
    };
    for (size_t k = 0; k < sizeof z / sizeof z[0]; k++)
        if (word_is(p, n, z[k].n)) { *off = z[k].o; return 1; }
    return 0;
}

/* HH:MM[:SS[.frac]] with optional am/pm after; *p at the hour digits. */
static int parse_clock(const char **pp, const char *e, when *w)
{
    const char *p = *pp;
    int64_t h, i = 0, s = 0, x, us = 0;
    if (!digits(&p, e, 1, 2, &h)) return 0;
    if (p < e && (*p == ':' || *p == '.') && p + 1 < e && is_digit(p[1])) {
        p++;
        if (digits(&p, e, 2, 2, &i) != 2) return 0;
        if (p < e && (*p == ':' || *p == '.') && p + 1 < e && is_digit(p[1])) {
            p++;
            if (digits(&p, e, 2, 2, &s) != 2) return 0;
            if (p < e && (*p == '.' || *p == ',') && p + 1 < e && is_digit(p[1])) {
                p++;
                const char *f0 = p;
                digits(&p, e, 1, 9, &x);
                for (int nd = (int)(p - f0); nd < 6; nd++) x *= 10;
                for (int nd = (int)(p - f0); nd > 6; nd--) x /= 10;
                us = x;
            }
        }
    } else {
        /* a bare hour needs am/pm */
        const char *q = p;
        skip_space(&q, e);
        size_t n = word_len(q, e);
        if (!(word_is(q, n, "am") || word_is(q, n, "pm"))) return 0;
    }
    const char *q = p;
    while (q < e && *q == ' ') q++;
    size_t n = word_len(q, e);
    if (word_is(q, n, "am") || word_is(q, n, "pm")) {
        if (h < 1 || h > 12) return -1;
        if (h == 12) h = 0;
        if (q[0] == 'p' || q[0] == 'P') h += 12;
        p = q + n;
    } else if (h > 24 || i > 59 || s > 60) {
        return -1;
    }
    if (i > 59 || s > 60) return -1;
    w->have_time = 1;
    w->h = h; w->i = i; w->s = s; w->us = us;
    *pp = p;
    return 1;
}

/* +HH:MM, +HHMM, +HH after a time; *p at the sign. */
static int parse_numeric_zone(const char **pp, const char *e, when *w)
{
    const char *p = *pp;
    int sign = *p == '-' ? -1 : 1;
    p++;
    int64_t h, m = 0;
    int n = digits(&p, e, 1, 4, &h);
    if (!n) return 0;
    if (n <= 2 && p < e && *p == ':') {
        p++;
        if (digits(&p, e, 2, 2, &m) != 2) return 0;
    } else if (n == 4) {
        m = h % 100;
        h /= 100;
    } else if (n == 3) {
        m = h % 100;
        h /= 100;
    }
    /* not a zone if a unit word follows ("+1 day") */
    const char *q = p;
    while (q < e && *q == ' ') q++;
    int64_t mul;
    size_t wl = word_len(q, e);
    if (wl && unit_word(q, wl, &mul) >= 0) return 0;
    w->have_zone = 1;
    w->zoff = (int32_t)(sign * (h * 3600 + m * 60));
    *pp = p;
    return 1;
}

static void set_date(when *w, int64_t y, int64_t m, int64_t d)
{
    w->have_date = 1;
    w->y = y; w->m = m; w->d = d;
}

/* A number starting at *p: a date, a time, or a relative amount. */
static int parse_number(const char **pp, const char *e, when *w)
{
    const char *p = *pp, *start = p;
    int64_t a, b, c;
    int na = digits(&p, e, 1, 19, &a);
    if (!na) return 0;
    /* YYYY-MM-DD, YYYY-MM, YYYY/MM/DD */
    if (na == 4 && p < e && (*p == '-' || *p == '/') && p + 1 < e && is_digit(p[1])) {
        char sep = *p++;
        if (!digits(&p, e, 1, 2, &b)) return 0;
        if (p < e && *p == sep && p + 1 < e && is_digit(p[1])) {
            p++;
            if (!digits(&p, e, 1, 2, &c)) return 0;
        } else if (sep == '-') {
            c = 1;
        } else {
            return 0;
        }
        if (b > 12 || c > 31) return 0;
        set_date(w, a, b, c);
        if (p < e && (*p == 'T' || *p == 't') && p + 1 < e && is_digit(p[1])) {
            p++;
            if (parse_clock(&p, e, w) != 1) return 0;
        }
        *pp = p;
        return 1;
    }
    /* ISO week dates: YYYY-Www[-D], YYYYWww[D] */
    if (na == 4 && p < e && (*p == 'W' || (*p == '-' && p + 1 < e && p[1] == 'W'))) {
        const char *q = p + (*p == '-' ? 2 : 1);
        int64_t wk, wd = 1;
        if (digits(&q, e, 2, 2, &wk) != 2) return 0;
        if (q < e && *q == '-' && q + 1 < e && is_digit(q[1])) q++;
        if (q < e && is_digit(*q)) digits(&q, e, 1, 1, &wd);
        if (wk < 1 || wk > 53 || wd > 7) return 0;
        int jan4 = (int)floormod(days_from_civil(a, 1, 4) + 3, 7) + 1;   /* ISO weekday */
        set_date(w, a, 1, 4 - (jan4 - 1) + (wk - 1) * 7 + (wd - 1));
        *pp = q;
        return 1;
    }
    /* YYYYMMDD */
    if (na == 8 && (p == e || !is_alpha(*p) || *p == 'T' || *p == 't')) {
        int64_t y = a / 10000, m = a / 100 % 100, d = a % 100;
        if (m < 1 || m > 12 || d > 31) return 0;
        set_date(w, y, m, d);
        *pp = p;
        return 1;
    }
    /* MM/DD/YYYY, MM/DD */
    if (na <= 2 && p < e && *p == '/' && p + 1 < e && is_digit(p[1])) {
        p++;
        if (!digits(&p, e, 1, 2, &b)) return 0;
        int64_t y = 0;
        int ny = 0;
        if (p < e && *p == '/') {
            p++;
            ny = digits(&p, e, 1, 4, &y);
            if (!ny) return 0;
            if (ny <= 2) y += y < 70 ? 2000 : 1900;
        }
        if (a > 12 || b > 31) return 0;
        set_date(w, y, a, b);
        if (!ny) w->year_missing = 1;
        *pp = p;
        return 1;
    }
    /* DD-MM-YYYY, DD.MM.YYYY */
    if (na <= 2 && p < e && (*p == '-' || *p == '.') && p + 1 < e && is_digit(p[1])) {
        const char *q = p;
        char sep = *q++;
        int64_t y;
        if (digits(&q, e, 1, 2, &b) && q < e && *q == sep && digits((++q, &q), e, 4, 4, &y) == 4) {
            if (b < 1 || b > 12 || a > 31) return 0;
            set_date(w, y, b, a);
            *pp = q;
            return 1;
        }
    }
    /* times */
    if (na <= 2 && p < e && (*p == ':' || *p == '.' || *p == ' ' || is_alpha(*p))) {
        const char *q = start;
        int r = parse_clock(&q, e, w);
        if (r < 0) return 0;
        if (r == 1) { *pp = q; return 1; }
    }
    /* DD Month [YYYY] */
    {
        const char *q = p;
        size_t sl = word_len(q, e);
        if (na <= 2 && (word_is(q, sl, "st") || word_is(q, sl, "nd") || word_is(q, sl, "rd") || word_is(q, sl, "th")))
            q += sl;
        while (q < e && (*q == ' ' || *q == '-' || *q == '.')) q++;
        size_t n = word_len(q, e);
        int mon = n ? month_word(q, n) : 0;
        if (na <= 2 && mon) {
            q += n;
            const char *r = q;
            while (r < e && (*r == ' ' || *r == '-' || *r == ',' || *r == '.')) r++;
            int64_t y;
            const char *r2 = r;
            if (digits(&r2, e, 4, 4, &y) == 4 && (r2 == e || !is_digit(*r2)) && (r2 == e || *r2 != ':')) {
                set_date(w, y, mon, a);
                q = r2;
            } else {
                set_date(w, 0, mon, a);
                w->year_missing = 1;
            }
            if (a > 31) return 0;
            *pp = q;
            return 1;
        }
    }
    /* a relative amount: N unit [ago] */
    {
        const char *q = p;
        while (q < e && *q == ' ') q++;
        size_t n = word_len(q, e);
        int64_t mul;
        int u = n ? unit_word(q, n, &mul) : -1;
        if (u >= 0) {
            w->rel[u] = wadd(w->rel[u], wmul(a, mul));
            if (u == 6) w->weekdays_given = 1;
            *pp = q + n;
            return 1;
        }
        int wd = n ? weekday_word(q, n) : -1;
        (void)wd;
    }
    return 0;
}

/* Parse S into W; 0 for strings PHP rejects. */
static int parse_when(const char *p, const char *e, when *w)
{
    int any = 0;
    for (;;) {
        skip_space(&p, e);
        if (p >= e) break;
        any = 1;
        char c = *p;
        if (c == '@') {
            p++;
            int sign = 1;
            if (p < e && (*p == '-' || *p == '+')) { if (*p == '-') sign = -1; p++; }
            int64_t v;
            if (!digits(&p, e, 1, 19, &v)) return 0;
            if (p < e && *p == '.') { p++; int64_t x; digits(&p, e, 0, 9, &x); }
            w->have_ts = 1;
            w->ts = wmul(v, sign);
            continue;
        }
        if (c == '+' || c == '-') {
            if (w->have_time && !w->have_zone && parse_numeric_zone(&p, e, w)) continue;
            int sign = c == '-' ? -1 : 1;
            p++;
            while (p < e && *p == ' ') p++;
            int64_t v;
            if (!digits(&p, e, 1, 19, &v)) return 0;
            while (p < e && *p == ' ') p++;
            size_t n = word_len(p, e);
            int64_t mul;
            int u = n ? unit_word(p, n, &mul) : -1;
            if (u < 0) {
                int wd = n ? weekday_word(p, n) : -1;
                if (wd < 0) return 0;
                /* "+1 monday": treat as "next monday" */
                w->have_wd = 1; w->wd = wd; w->wd_dir = sign; w->have_time = 1; w->h = w->i = w->s = 0;
                p += n;
                continue;
            }
            w->rel[u] = wadd(w->rel[u], wmul(wmul(v, sign), mul));
            if (u == 6) w->weekdays_given = 1;
            p += n;
            continue;
        }
        if (is_digit(c)) {
            if (!parse_number(&p, e, w)) return 0;
            continue;
        }
        if (!is_alpha(c)) return 0;
        size_t n = word_len(p, e);
        const char *wd0 = p;
        p += n;
        int32_t zo;
        int mon, wday;
        if (word_is(wd0, n, "now")) continue;
        if (word_is(wd0, n, "today") || word_is(wd0, n, "midnight")) { w->have_time = 1; w->h = w->i = w->s = 0; continue; }
        if (word_is(wd0, n, "noon")) { w->have_time = 1; w->h = 12; w->i = w->s = 0; continue; }
        if (word_is(wd0, n, "tomorrow")) { w->have_time = 1; w->h = w->i = w->s = 0; w->rel[2] += 1; continue; }
        if (word_is(wd0, n, "yesterday")) { w->have_time = 1; w->h = w->i = w->s = 0; w->rel[2] -= 1; continue; }
        if (word_is(wd0, n, "ago")) {
            for (int k = 0; k < 7; k++) w->rel[k] = wmul(w->rel[k], -1);
            continue;
        }
        if ((word_is(wd0, n, "first") || word_is(wd0, n, "last"))) {
            const char *q = p;
            skip_space(&q, e);
            size_t n2 = word_len(q, e);
            if (word_is(q, n2, "day")) {
                const char *r = q + n2;
                skip_space(&r, e);
                size_t n3 = word_len(r, e);
                if (word_is(r, n3, "of")) {
                    w->day_of = (wd0[0] == 'f' || wd0[0] == 'F') ? 1 : 2;
                    p = r + n3;
                    continue;
                }
            }
        }
        {
            static const char *const ords[] = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                "eighth", "ninth", "tenth", "eleventh", "twelfth" };
            int ord = word_is(wd0, n, "last") ? -1 : 0;
            for (int k = 0; k < 12 && !ord; k++) if (word_is(wd0, n, ords[k])) ord = k + 1;
            const char *q = p;
            skip_space(&q, e);
            size_t n2 = word_len(q, e);
            int wd = ord && n2 ? weekday_word(q, n2) : -1;
            if (wd >= 0) {
                const char *r = q + n2;
                skip_space(&r, e);
                size_t n3 = word_len(r, e);
                if (word_is(r, n3, "of")) {
                    w->nth = ord; w->nth_wd = wd; w->have_time = 1; w->h = w->i = w->s = 0;
                    p = r + n3;
                    continue;
                }
            }
        }
        if (word_is(wd0, n, "next") || word_is(wd0, n, "last") || word_is(wd0, n, "previous") || word_is(wd0, n, "this")) {
            int dir = word_is(wd0, n, "next") ? 1 : word_is(wd0, n, "this") ? 0 : -1;
            skip_space(&p, e);
            size_t n2 = word_len(p, e);
            int64_t mul;
            int u = n2 ? unit_word(p, n2, &mul) : -1;
            if (u >= 0) {
                w->rel[u] += dir * mul;
                if (u == 6) w->weekdays_given = 1;
                if (u == 2 && mul == 7 && word_is(p, n2, "week")) w->week_rel = 1;
                p += n2;
                continue;
            }
            int wd = n2 ? weekday_word(p, n2) : -1;
            if (wd < 0) return 0;
            w->have_wd = 1; w->wd = wd; w->wd_dir = dir; w->have_time = 1; w->h = w->i = w->s = 0;
            p += n2;
            continue;
        }
        if ((wday = weekday_word(wd0, n)) >= 0) {
            if (p < e && *p == '.') p++;
            w->have_wd = 1; w->wd = wday; w->wd_dir = 0; w->have_time = 1; w->h = w->i = w->s = 0;
            continue;
        }
        if ((mon = month_word(wd0, n)) != 0) {
            /* Month DD[,] [YYYY] | Month YYYY | Month */
            if (p < e && *p == '.') p++;
            const char *q = p;
            while (q < e && (*q == ' ' || *q == '-' || *q == '.')) q++;
            int64_t v;
            const char *q0 = q;
            int nd = digits(&q, e, 1, 4, &v);
            if (nd == 4 && (q == e || *q != ':')) {
                set_date(w, v, mon, 1);
                p = q;
                continue;
            }
            if (nd >= 1 && nd <= 2 && (q == e || *q != ':')) {
                size_t sl = word_len(q, e);
                if (word_is(q, sl, "st") || word_is(q, sl, "nd") || word_is(q, sl, "rd") || word_is(q, sl, "th")) q += sl;
                if (v > 31) return 0;
                const char *r = q;
                while (r < e && (*r == ' ' || *r == ',')) r++;
                int64_t y;
                const char *r2 = r;
                if (digits(&r2, e, 4, 4, &y) == 4 && (r2 == e || *r2 != ':')) {
                    set_date(w, y, mon, v);
                    p = r2;
                } else {
                    set_date(w, 0, mon, v);
                    w->year_missing = 1;
                    p = q;
                }
                continue;
            }
            (void)q0;
            set_date(w, 0, mon, 1);
            w->year_missing = 2;   /* day from base too */
            continue;
        }
        if (zone_word(wd0, n, &zo)) {
            w->have_zone = 1;
            w->zoff = zo;
            for (size_t k = 0; k < n && k < sizeof w->zabbr - 1; k++) w->zabbr[k] = (char)(wd0[k] >= 'a' && wd0[k] <= 'z' ? wd0[k] - 32 : wd0[k]);
            w->zabbr[n < sizeof w->zabbr - 1 ? n : sizeof w->zabbr - 1] = 0;
            if (p < e && (*p == '+' || *p == '-') && p + 1 < e && is_digit(p[1])) {
                when t = *w;
                if (parse_numeric_zone(&p, e, &t)) { w->zoff = zo + t.zoff; w->zabbr[0] = 0; }
            }
            continue;
        }
        if (n == 1 && (wd0[0] == 'T' || wd0[0] == 't') && p < e && is_digit(*p)) {
            if (parse_clock(&p, e, w) != 1) return 0;
            continue;
        }
        return 0;
    }
    return any;
}

/* Resolve W against the base instant BASE in zone TZ. */
static int64_t resolve_when(const mp_tz *tz, const when *w, int64_t base)
{
    if (w->have_ts) {
        int64_t t = w->ts;
        if (w->rel[0] || w->rel[1] || w->rel[2]) {
            dt d;
            breakdown(NULL, t, &d);
            t = fields_to_secs(wadd(d.y, w->rel[0]), wadd(d.m, w->rel[1]), wadd(d.d, w->rel[2]), d.h, d.i, d.s);
        }
        return wadd(wadd(t, wmul(w->rel[3], 3600)), wadd(wmul(w->rel[4], 60), w->rel[5]));
    }
    dt d;
    breakdown(tz, base, &d);   /* with a zone given, PHP reads these wall fields in it */
    int64_t y = d.y, m = d.m, dd = d.d, h = d.h, i = d.i, s = d.s;
    if (w->have_date) {
        if (!w->year_missing) y = w->y;
        m = w->m;
        if (w->year_missing != 2) dd = w->d;
        else dd = 1;
        if (!w->have_time) h = i = s = 0;
    }
    if (w->have_time) { h = w->h; i = w->i; s = w->s; }
    y = wadd(y, w->rel[0]);
    m = wadd(m, w->rel[1]);
    if (w->day_of) {
        y = wadd(y, floordiv(wadd(m, -1), 12));
        m = floormod(wadd(m, -1), 12) + 1;
        dd = w->day_of == 1 ? 1 : month_days(y, (int)m);
    }
    if (w->nth) {
        y = wadd(y, floordiv(wadd(m, -1), 12));
        m = floormod(wadd(m, -1), 12) + 1;
        if (w->nth > 0) {   /* the nth such weekday from day 1 on */
            int cur = (int)floormod(days_from_civil(y, (int)m, 1) + 4, 7);
            dd = 1 + (w->nth_wd - cur + 7) % 7 + 7 * (w->nth - 1);
        } else {            /* the last one in the month */
            int last = month_days(y, (int)m);
            int cur = (int)floormod(days_from_civil(y, (int)m, last) + 4, 7);
            dd = last - (cur - w->nth_wd + 7) % 7;
        }
    }
    dd = wadd(dd, w->rel[2]);
    if (w->weekdays_given) {
        /* business days: from a weekend, count from Friday forwards or Monday backwards */
        int64_t days = floordiv(fields_to_secs(y, m, dd, 0, 0, 0), 86400), n = w->rel[6];
        int cur = (int)floormod(days + 4, 7);
        if (cur == 0 || cur == 6) {
            if (n > 0) days -= cur == 6 ? 1 : 2;
            else if (n < 0) days += cur == 6 ? 2 : 1;
            else days += cur == 6 ? 2 : 1;
        }
        int step = n < 0 ? -1 : 1;
        int64_t left = n >= 0 ? n : n == INT64_MIN ? INT64_MAX : -n;   /* from a weekday, 5 weekdays are one week */
        days = wadd(days, wmul(step * 7, left / 5));
        for (left %= 5; left > 0; ) {
            days += step;
            int wd = (int)floormod(days + 4, 7);
            if (wd != 0 && wd != 6) left--;
        }
        dd = wadd(dd, wadd(days, -floordiv(fields_to_secs(y, m, dd, 0, 0, 0), 86400)));
    }
    if (w->week_rel) {
        int64_t days = floordiv(fields_to_secs(y, m, dd, 0, 0, 0), 86400);
        int cur = (int)floormod(days + 3, 7) + 1;              /* ISO 1 = Monday .. 7 */
        int target = w->have_wd ? (w->wd == 0 ? 7 : w->wd) : 1;
        dd += target - cur;
    } else if (w->have_wd) {
        int64_t days = floordiv(fields_to_secs(y, m, dd, 0, 0, 0), 86400);
        int cur = (int)floormod(days + 4, 7);
        int delta;
        if (w->wd_dir > 0) { delta = (w->wd - cur + 7) % 7; if (delta == 0) delta = 7; }
        else if (w->wd_dir < 0) { delta = -((cur - w->wd + 7) % 7); if (delta == 0) delta = -7; }
        else delta = (w->wd - cur + 7) % 7;
        dd += delta;
    }
    h = wadd(h, w->rel[3]);
    i = wadd(i, w->rel[4]);
    s = wadd(s, w->rel[5]);
    int64_t local = fields_to_secs(y, m, dd, h, i, s);
    if (w->have_zone) return wadd(local, -(int64_t)w->zoff);
    return local_to_utc(tz, local, -1);
}

/* strtotime(string $datetime, ?int $baseTimestamp = null): int|false */
static void bi_strtotime(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_str *s = argv[0].u.s;
    when w;
    memset(&w, 0, sizeof w);
    if (!parse_when(s->data, s->data + s->len, &w)) {
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_int(resolve_when(cur_tz(vm), &w, ts_arg(argc, argv, 1)));
}

static const mp_builtin rows[] = {
    { "checkdate", bi_checkdate, 3, 3, "iii", "month day year" },
    { "date", bi_date, 1, 2, "s?i", "format timestamp", "null" },
    { "date_default_timezone_get", bi_date_default_timezone_get, 0, 0, "", "" },
    { "date_default_timezone_set", bi_date_default_timezone_set, 1, 1, "s", "timezoneId" },
    { "getdate", bi_getdate, 0, 1, "?i", "timestamp", "null" },
    { "gmdate", bi_gmdate, 1, 2, "s?i", "format timestamp", "null" },
    { "gmmktime", bi_gmmktime, 1, 6, "i?i?i?i?i?i", "hour minute second month day year", "null null null null null" },
    { "hrtime", bi_hrtime, 0, 1, "b", "as_number", "false" },
    { "idate", bi_idate, 1, 2, "s?i", "format timestamp", "null" },
    { "localtime", bi_localtime, 0, 2, "?ib", "timestamp associative", "null false" },
    { "microtime", bi_microtime, 0, 1, "b", "as_float", "false" },
    { "mktime", bi_mktime, 1, 6, "i?i?i?i?i?i", "hour minute second month day year", "null null null null null" },
    { "sleep", bi_sleep, 1, 1, "i", "seconds" },
    { "strtotime", bi_strtotime, 1, 2, "s?i", "datetime baseTimestamp", "null" },
    { "time", bi_time, 0, 0, "", "" },
    { "usleep", bi_usleep, 1, 1, "i", "microseconds" },
    { NULL, NULL, 0, 0, NULL, NULL }
};
MP_BUILTIN_TABLE(mp_builtins_date, rows);

/* ---- services for the DateTime classes (vm/datetime.c, date.h) ---- */

mp_tz *mp_date_zone(mp_vm *vm, const char *name, size_t len) { return tz_load(vm, name, len); }

mp_tz *mp_date_default_zone(mp_vm *vm)
{
    mp_tz *tz = cur_tz(vm);
    return tz ? tz : tz_load(vm, "UTC", 3);
}

mp_tz *mp_date_fixed_zone(mp_vm *vm, int32_t off) { return mp_date_abbr_zone(vm, off, NULL); }

mp_tz *mp_date_abbr_zone(mp_vm *vm, int32_t off, const char *abbr)
{
    mp_tz *tz = mp_alloc(vm, sizeof *tz);
    memset(tz, 0, sizeof *tz);
    int32_t a = off < 0 ? -off : off;
    snprintf(tz->name, sizeof tz->name, "%c%02d:%02d", off < 0 ? '-' : '+', a / 3600, a / 60 % 60);
    tz->ntypes = 1;
    tz->off = mp_alloc(vm, sizeof(int32_t));
    tz->off[0] = off;
    tz->dst = mp_alloc(vm, 1);
    tz->dst[0] = 0;
    tz->abbr = mp_alloc(vm, 1);
    tz->abbr[0] = 0;
    tz->abbrs = mp_alloc(vm, 16);
    snprintf(tz->abbrs, 16, "GMT%c%02d%02d", off < 0 ? '-' : '+', a / 3600, a / 60 % 60);
    if (abbr) {
        size_t n = strlen(abbr);
        snprintf(tz->name, sizeof tz->name, "%s", abbr);
        snprintf(tz->abbrs, 16, "%s", abbr);
        tz->dst[0] = (n >= 3 && !strcmp(abbr + n - 2, "DT")) || !strcmp(abbr, "CEST") || !strcmp(abbr, "BST") || !strcmp(abbr, "EEST");
    }
    tz->nabbrs = (int)strlen(tz->abbrs) + 1;
    return tz;
}

const char *mp_date_zone_name(const mp_tz *tz) { return tz_name(tz); }
int32_t mp_date_zone_offset(const mp_tz *tz, int64_t ts) { return tz_at(tz, ts).off; }

mp_str *mp_date_format(mp_vm *vm, const char *f, size_t n, const mp_tz *tz, int64_t ts, int us)
{
    dt d;
    breakdown(tz, ts, &d);
    d.us = us;
    return format_date(vm, f, n, &d);
}

void mp_date_fields(const mp_tz *tz, int64_t ts, int64_t f[7])
{
    dt d;
    breakdown(tz, ts, &d);
    f[0] = d.y; f[1] = d.m; f[2] = d.d; f[3] = d.h; f[4] = d.i; f[5] = d.s; f[6] = d.wd;
}

int64_t mp_date_make(const mp_tz *tz, int64_t y, int64_t m, int64_t d, int64_t h, int64_t i, int64_t s)
{
    return local_to_utc(tz, fields_to_secs(y, m, d, h, i, s), -1);
}

int mp_date_parse(const char *s, size_t n, const mp_tz *tz, int64_t base, int64_t *ts, int *has_zone, int32_t *zoff, char abbr[8], int *us)
{
    when w;
    memset(&w, 0, sizeof w);
    if (!parse_when(s, s + n, &w)) return 0;
    *ts = resolve_when(tz, &w, base);
    *has_zone = w.have_zone && !w.have_ts;
    *zoff = w.zoff;
    memcpy(abbr, w.zabbr, 8);
    if (w.have_time || w.have_date || w.have_ts) *us = (int)w.us;
    if (w.have_ts) { *has_zone = 1; *zoff = 0; }
    return 1;
}

int64_t mp_date_now(int *us)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    if (us) *us = (int)tv.tv_usec;
    return (int64_t)tv.tv_sec;
}
