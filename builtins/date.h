/* date.h - what builtins/date.c offers the DateTime classes (vm/datetime.c):
 * zones (a tzfile zone, or a fixed offset as a zone without transitions),
 * date()'s formatting, the strtotime parser and wall-clock conversions. */
#ifndef MP_DATE_H
#define MP_DATE_H

#include "../runtime/value.h"

struct mp_tz;
struct mp_tz *mp_date_zone(mp_vm *vm, const char *name, size_t len);  /* NULL: unknown zone */
struct mp_tz *mp_date_default_zone(mp_vm *vm);
struct mp_tz *mp_date_fixed_zone(mp_vm *vm, int32_t off);            /* "+02:00" */
struct mp_tz *mp_date_abbr_zone(mp_vm *vm, int32_t off, const char *abbr);   /* "EST"; NULL abbr: as above */
const char   *mp_date_zone_name(const struct mp_tz *tz);
int32_t       mp_date_zone_offset(const struct mp_tz *tz, int64_t ts);
mp_str       *mp_date_format(mp_vm *vm, const char *f, size_t n, const struct mp_tz *tz, int64_t ts, int us);
void          mp_date_fields(const struct mp_tz *tz, int64_t ts, int64_t f[7]);   /* y m d h i s weekday */
int64_t       mp_date_make(const struct mp_tz *tz, int64_t y, int64_t m, int64_t d, int64_t h, int64_t i, int64_t s);
/* strtotime's parser on S relative to BASE in TZ: 0 if unparsable; a zone
 * given in the string ("+02:00", "EST", "@ts") sets *has_zone and *zoff,
 * and ABBR to the abbreviation ("" for an offset); *US becomes the
 * microseconds given when the string sets a time or date (else unchanged). */
int           mp_date_parse(const char *s, size_t n, const struct mp_tz *tz, int64_t base, int64_t *ts, int *has_zone, int32_t *zoff, char abbr[8], int *us);
int64_t       mp_date_now(int *us);   /* and the microseconds, if US */

#endif
