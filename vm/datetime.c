/* datetime.c - the DateTime classes: DateTimeInterface, DateTime,
 * DateTimeImmutable, DateTimeZone and DateInterval. An object keeps its
 * instant and zone behind mp_object internal (a fresh state block on every
 * change, so clones never share a mutable one) and mirrors them into the
 * properties var_dump, print_r, json_encode and (array) show ("date",
 * "timezone_type", "timezone"). Parsing, formatting and zones come from
 * builtins/date.c (date.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "vm.h"
#include "../builtins/date.h"

/* What a DateTime/DateTimeImmutable or DateTimeZone object holds. */
typedef struct dtstate {
    int64_t       ts;        /* the UTC instant (DateTime only) */
    int           us;        /* and its microseconds */
    struct mp_tz *tz;        /* its zone (a fixed offset for type 1) */
    int           ztype;     /* PHP's timezone_type: 1 offset, 3 identifier */
} dtstate;

static mp_object *self(mp_vm *vm) { return mp_this(vm); }

static int is_a(mp_vm *vm, mp_object *o, const char *cls) { return mp_object_instanceof(vm, o, cls); }

static void set_prop(mp_vm *vm, mp_object *o, const char *name, mp_val v)
{
    mp_object_set_mangled(vm, o, (mp_key){ mp_str_cstr(vm, name), 0 }, v);
}

static dtstate *state_of(mp_vm *vm, mp_object *o, const char *cls)
{
    dtstate *s = o->internal;
    if (!s) mp_throw_ex(vm, MP_EX_ERROR, "The %s object has not been correctly initialized by its constructor", cls);
    return s;
}

/* Argument ARGN ($PNAME) of method METH of $this's class: an initialised
 * instance of CLS, or PHP's TypeError. */
static mp_object *need(mp_vm *vm, mp_val v, const char *cls, const char *meth, int argn, const char *pname)
{
    const char *shown = cls;
    if (*cls == '?') cls++;
    v = *mp_deref(&v);
    if (v.type == MP_T_OBJECT && mp_object_instanceof(vm, v.u.o, cls) && (v.u.o->internal || !strcmp(cls, "DateInterval"))) return v.u.o;
    mp_object *t = mp_this(vm);
    const char *tc = !t ? "" : mp_object_instanceof(vm, t, "DateTimeImmutable") ? "DateTimeImmutable" : mp_object_class_name(t);
    if (v.type == MP_T_OBJECT && mp_object_instanceof(vm, v.u.o, cls))
        mp_throw_ex(vm, MP_EX_ERROR, "The %s object has not been correctly initialized by its constructor", cls);
    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s%s%s(): Argument #%d ($%s) must be of type %s, %s given", tc, t ? "::" : "", meth, argn, pname, shown,
                v.type == MP_T_OBJECT ? mp_object_class_name(v.u.o) : mp_debug_type(v));
}

/* Store a new state in O and refresh the properties shown by var_dump. */
static void put_state(mp_vm *vm, mp_object *o, int64_t ts, int us, struct mp_tz *tz, int ztype, int with_date)
{
    dtstate *s = mp_alloc(vm, sizeof *s);
    s->ts = ts; s->us = us; s->tz = tz; s->ztype = ztype;
    o->internal = s;
    if (with_date) set_prop(vm, o, "date", mp_v_str(mp_date_format(vm, "Y-m-d H:i:s.u", 13, tz, ts, us)));
    set_prop(vm, o, "timezone_type", mp_v_int(ztype));
    set_prop(vm, o, "timezone", mp_v_str(mp_str_cstr(vm, mp_date_zone_name(tz))));
}

/* "+02:00", "-0530", "+2": a fixed offset zone; 0 if S is none. */
static int parse_offset(const char *s, size_t n, int32_t *off)
{
    if (n < 2 || (s[0] != '+' && s[0] != '-')) return 0;
    int h = 0, m = 0;
    size_t k = 1, nd = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9' && nd < 2) { h = h * 10 + s[k++] - '0'; nd++; }
    if (nd == 0) return 0;
    if (k < n && s[k] == ':') k++;
    nd = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9' && nd < 2) { m = m * 10 + s[k++] - '0'; nd++; }
    if (k != n) return 0;
    *off = (s[0] == '-' ? -1 : 1) * (h * 3600 + m * 60);
    return 1;
}

/* ---- DateTimeZone ---- */

static void tz_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    mp_str *name = argv[0].u.s;
    int32_t off;
    if (parse_offset(name->data, name->len, &off)) { put_state(vm, self(vm), 0, 0, mp_date_fixed_zone(vm, off), 1, 0); return; }
    struct mp_tz *tz = name->len ? mp_date_zone(vm, name->data, name->len) : NULL;
    if (!tz) mp_throw_ex(vm, MP_EX_EXCEPTION, "DateTimeZone::__construct(): Unknown or bad timezone (%s)", name->data);
    put_state(vm, self(vm), 0, 0, tz, 3, 0);
}

static void tz_get_name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_str(mp_str_cstr(vm, mp_date_zone_name(state_of(vm, self(vm), "DateTimeZone")->tz)));
}

static void tz_get_offset(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    dtstate *z = state_of(vm, self(vm), "DateTimeZone");
    dtstate *d = need(vm, argv[0], "DateTimeInterface", "getOffset", 1, "datetime")->internal;
    *ret = mp_v_int(mp_date_zone_offset(z->tz, d->ts));
}

static mp_object *new_zone(mp_vm *vm, struct mp_tz *tz, int ztype)
{
    mp_object *o = mp_object_alloc(vm, mp_find_class(vm, mp_str_cstr(vm, "DateTimeZone")));
    put_state(vm, o, 0, 0, tz, ztype, 0);
    return o;
}

/* ---- DateTime / DateTimeImmutable ---- */

static const char *cls_name(mp_vm *vm, mp_object *o) { return is_a(vm, o, "DateTimeImmutable") ? "DateTimeImmutable" : "DateTime"; }

/* The zone argument (a DateTimeZone or null): its state, or NULL. */
static dtstate *zone_arg(mp_vm *vm, mp_val v, const char *meth, int argn)
{
    if (mp_deref(&v)->type == MP_T_NULL) return NULL;
    return need(vm, v, strcmp(meth, "setTimezone") ? "?DateTimeZone" : "DateTimeZone", meth, argn, "timezone")->internal;
}

/* The zone a parsed string named: UTC (type 3), an abbreviation (type 2)
 * or an offset (type 1). */
static void zone_from_string(mp_vm *vm, int32_t zoff, const char *abbr, struct mp_tz **tz, int *ztype)
{
    if (!strcmp(abbr, "UTC")) { *tz = mp_date_zone(vm, "UTC", 3); *ztype = 3; }
    else if (abbr[0]) { *tz = mp_date_abbr_zone(vm, zoff, abbr); *ztype = 2; }
    else { *tz = mp_date_fixed_zone(vm, zoff); *ztype = 1; }
}

/* Build O from a strtotime string in zone Z (NULL: default); 0 if unparsable. */
static int init_from_string(mp_vm *vm, mp_object *o, mp_str *s, dtstate *z)
{
    struct mp_tz *tz = z ? z->tz : mp_date_default_zone(vm);
    int ztype = z ? z->ztype : 3;
    int64_t ts;
    int has_zone;
    int32_t zoff;
    char abbr[8];
    int us = 0;
    if (!mp_date_parse(s->data, s->len, tz, mp_date_now(&us), &ts, &has_zone, &zoff, abbr, &us)) return 0;
    if (has_zone) zone_from_string(vm, zoff, abbr, &tz, &ztype);
    put_state(vm, o, ts, us, tz, ztype, 1);
    return 1;
}

static void dt_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    mp_object *o = self(vm);
    mp_str *s = argc > 0 ? argv[0].u.s : mp_str_cstr(vm, "now");
    if (!init_from_string(vm, o, s, argc > 1 ? zone_arg(vm, argv[1], "__construct", 2) : NULL))
        mp_throw_ex(vm, MP_EX_EXCEPTION, "Failed to parse time string (%s) at position 0 (%c): The timezone could not be found in the database",
                    s->data, s->len ? s->data[0] : ' ');
}

/* __wakeup(): rebuild the state from the date/timezone_type/timezone
 * properties unserialize() restored. */
static void dt_wakeup(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    mp_object *o = self(vm);
    mp_val *date = o->dyn ? mp_array_find_str(o->dyn, "date", 4) : NULL;
    mp_val *type = o->dyn ? mp_array_find_str(o->dyn, "timezone_type", 13) : NULL;
    mp_val *zone = o->dyn ? mp_array_find_str(o->dyn, "timezone", 8) : NULL;
    if (!date || !type || !zone || mp_deref(date)->type != MP_T_STRING || mp_deref(type)->type != MP_T_INT || mp_deref(zone)->type != MP_T_STRING)
        mp_throw_ex(vm, MP_EX_ERROR, "Invalid serialization data for %s object", cls_name(vm, o));
    mp_str *d = mp_deref(date)->u.s, *z = mp_deref(zone)->u.s;
    dtstate zs = { 0, 0, NULL, 3 };
    mp_str *src = d;
    if (mp_deref(type)->u.i == 3) {
        zs.tz = mp_date_zone(vm, z->data, z->len);
    } else {
        mp_buf b;
        mp_buf_init(&b, vm);
        mp_buf_printf(&b, "%s %s", d->data, z->data);
        src = mp_buf_finish(&b);
        zs.tz = mp_date_fixed_zone(vm, 0);
        zs.ztype = 1;
    }
    if (!zs.tz || !init_from_string(vm, o, src, &zs)) mp_throw_ex(vm, MP_EX_ERROR, "Invalid serialization data for %s object", cls_name(vm, o));
}

/* The object a modifier works on: $this for DateTime, a copy for
 * DateTimeImmutable (returned by the method). */
static mp_object *target(mp_vm *vm, dtstate **st)
{
    mp_object *o = self(vm);
    *st = state_of(vm, o, cls_name(vm, o));
    if (!is_a(vm, o, "DateTimeImmutable")) return o;
    return mp_clone(vm, mp_v_obj(o));
}

static void dt_format(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_object *o = self(vm);
    dtstate *s = state_of(vm, o, cls_name(vm, o));
    *ret = mp_v_str(mp_date_format(vm, argv[0].u.s->data, argv[0].u.s->len, s->tz, s->ts, s->us));
}

static void dt_get_timestamp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    *ret = mp_v_int(state_of(vm, o, cls_name(vm, o))->ts);
}

static void dt_get_offset(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    dtstate *s = state_of(vm, o, cls_name(vm, o));
    *ret = mp_v_int(mp_date_zone_offset(s->tz, s->ts));
}

static void dt_get_timezone(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    dtstate *s = state_of(vm, o, cls_name(vm, o));
    *ret = mp_v_obj(new_zone(vm, s->tz, s->ztype));
}

static void dt_set_timestamp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    dtstate *s;
    mp_object *t = target(vm, &s);
    put_state(vm, t, argv[0].u.i, 0, s->tz, s->ztype, 1);
    *ret = mp_v_obj(t);
}

static void dt_set_timezone(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    dtstate *s, *z = zone_arg(vm, argv[0], "setTimezone", 1);
    mp_object *t = target(vm, &s);
    put_state(vm, t, s->ts, s->us, z->tz, z->ztype, 1);
    *ret = mp_v_obj(t);
}

static void dt_set_date(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    dtstate *s;
    mp_object *t = target(vm, &s);
    int64_t f[7];
    mp_date_fields(s->tz, s->ts, f);
    put_state(vm, t, mp_date_make(s->tz, argv[0].u.i, argv[1].u.i, argv[2].u.i, f[3], f[4], f[5]), s->us, s->tz, s->ztype, 1);
    *ret = mp_v_obj(t);
}

/* setISODate(int $year, int $week, int $dayOfWeek = 1): week 1 holds January 4th. */
static void dt_set_iso_date(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    dtstate *s;
    mp_object *t = target(vm, &s);
    int64_t f[7], j4[7];
    mp_date_fields(s->tz, s->ts, f);
    mp_date_fields(NULL, mp_date_make(NULL, argv[0].u.i, 1, 4, 0, 0, 0), j4);
    int64_t iso_wd = j4[6] == 0 ? 7 : j4[6];
    int64_t dow = argc > 2 ? argv[2].u.i : 1;
    int64_t day = 4 - (iso_wd - 1) + (argv[1].u.i - 1) * 7 + (dow - 1);
    put_state(vm, t, mp_date_make(s->tz, argv[0].u.i, 1, day, f[3], f[4], f[5]), s->us, s->tz, s->ztype, 1);
    *ret = mp_v_obj(t);
}

static void dt_set_time(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    dtstate *s;
    mp_object *t = target(vm, &s);
    int64_t f[7];
    mp_date_fields(s->tz, s->ts, f);
    int64_t sec = argc > 2 ? argv[2].u.i : 0;
    put_state(vm, t, mp_date_make(s->tz, f[0], f[1], f[2], argv[0].u.i, argv[1].u.i, sec), argc > 3 ? (int)argv[3].u.i : 0, s->tz, s->ztype, 1);
    *ret = mp_v_obj(t);
}

static void dt_modify(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    dtstate *s;
    mp_object *o = self(vm);
    mp_str *str = argv[0].u.s;
    int64_t ts;
    int has_zone;
    int32_t zoff;
    state_of(vm, o, cls_name(vm, o));
    char abbr[8];
    int us = ((dtstate *)o->internal)->us;
    if (!mp_date_parse(str->data, str->len, ((dtstate *)o->internal)->tz, ((dtstate *)o->internal)->ts, &ts, &has_zone, &zoff, abbr, &us)) {
        mp_error(vm, MP_E_WARNING, "%s::modify(): Failed to parse time string (%s) at position 0 (%c): The timezone could not be found in the database",
                 cls_name(vm, o), str->data, str->len ? str->data[0] : ' ');
        *ret = mp_v_bool(0);
        return;
    }
    mp_object *t = target(vm, &s);
    if (has_zone) {
        struct mp_tz *ntz;
        int nztype;
        zone_from_string(vm, zoff, abbr, &ntz, &nztype);
        put_state(vm, t, ts, us, ntz, nztype, 1);
    } else put_state(vm, t, ts, us, s->tz, s->ztype, 1);
    *ret = mp_v_obj(t);
}

/* ---- DateInterval (its fields live in its public properties) ---- */

static const char *const iv_fields[] = { "y", "m", "d", "h", "i", "s" };

static mp_object *new_interval(mp_vm *vm, const int64_t v[6], int invert, int64_t days)
{
    mp_object *o = mp_object_alloc(vm, mp_find_class(vm, mp_str_cstr(vm, "DateInterval")));
    for (int k = 0; k < 6; k++) set_prop(vm, o, iv_fields[k], mp_v_int(v[k]));
    set_prop(vm, o, "f", mp_v_float(0));
    set_prop(vm, o, "invert", mp_v_int(invert));
    set_prop(vm, o, "days", days < 0 ? mp_v_bool(0) : mp_v_int(days));
    set_prop(vm, o, "from_string", mp_v_bool(0));
    return o;
}

static int64_t iv_get(mp_vm *vm, mp_object *o, const char *name)
{
    mp_val *v = o->dyn ? mp_array_find_str(o->dyn, name, strlen(name)) : NULL;
    if (!v) return 0;
    mp_val x = *mp_deref(v);
    return x.type == MP_T_INT ? x.u.i : x.type == MP_T_FLOAT ? (int64_t)x.u.d : x.type == MP_T_TRUE;
    (void)vm;
}

/* new DateInterval("P1Y2M3DT4H5M6S") / "P2W". */
static void iv_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    const char *p = argv[0].u.s->data, *e = p + argv[0].u.s->len;
    int64_t v[6] = { 0 };
    int ok = p < e && *p == 'P', time = 0, any = 0;
    for (p++; ok && p < e; ) {
        if (*p == 'T') { if (time) { ok = 0; break; } time = 1; p++; continue; }
        int64_t n = 0;
        const char *st = p;
        while (p < e && *p >= '0' && *p <= '9') n = n * 10 + (*p++ - '0');
        if (p == st || p >= e) { ok = 0; break; }
        char u = *p++;
        int k = -1;
        if (!time) k = u == 'Y' ? 0 : u == 'M' ? 1 : u == 'D' ? 2 : u == 'W' ? 2 : -1;
        else k = u == 'H' ? 3 : u == 'M' ? 4 : u == 'S' ? 5 : -1;
        if (k < 0) { ok = 0; break; }
        v[k] = u == 'W' ? n * 7 : n;
        any = 1;
    }
    if (!ok || !any) mp_throw_ex(vm, MP_EX_EXCEPTION, "Unknown or bad format (%s)", argv[0].u.s->data);
    mp_object *o = self(vm);
    for (int k = 0; k < 6; k++) set_prop(vm, o, iv_fields[k], mp_v_int(v[k]));
    set_prop(vm, o, "f", mp_v_float(0));
    set_prop(vm, o, "invert", mp_v_int(0));
    set_prop(vm, o, "days", mp_v_bool(0));
    set_prop(vm, o, "from_string", mp_v_bool(0));
}

static void iv_format(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_object *o = self(vm);
    const char *f = argv[0].u.s->data;
    size_t n = argv[0].u.s->len;
    mp_buf b;
    mp_buf_init(&b, vm);
    int inv = (int)iv_get(vm, o, "invert");
    for (size_t k = 0; k < n; k++) {
        if (f[k] != '%' || k + 1 >= n) { mp_buf_addc(&b, f[k]); continue; }
        char c = f[++k];
        const char *lower = strchr("ymdhis", c), *upper = strchr("YMDHIS", c);
        if (c && lower) mp_buf_printf(&b, "%lld", (long long)iv_get(vm, o, iv_fields[lower - "ymdhis"]));
        else if (c && upper) mp_buf_printf(&b, "%02lld", (long long)iv_get(vm, o, iv_fields[upper - "YMDHIS"]));
        else if (c == 'a') {
            mp_val *d = o->dyn ? mp_array_find_str(o->dyn, "days", 4) : NULL;
            if (d && mp_deref(d)->type == MP_T_INT) mp_buf_printf(&b, "%lld", (long long)mp_deref(d)->u.i);
            else mp_buf_adds(&b, "(unknown)");
        }
        else if (c == 'R') mp_buf_addc(&b, inv ? '-' : '+');
        else if (c == 'r') { if (inv) mp_buf_addc(&b, '-'); }
        else if (c == 'f' || c == 'F') {
            mp_val *fv = o->dyn ? mp_array_find_str(o->dyn, "f", 1) : NULL;
            double fs = fv && mp_deref(fv)->type == MP_T_FLOAT ? mp_deref(fv)->u.d : 0;
            long long us = (long long)(fs * 1e6 + 0.5);
            mp_buf_printf(&b, c == 'F' ? "%06lld" : "%lld", us);
        }
        else if (c == '%') mp_buf_addc(&b, '%');
        else { mp_buf_addc(&b, '%'); mp_buf_addc(&b, c); }
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* Add interval IV (SIGN 1 or -1) to the state S: wall-clock fields. */
static int64_t add_interval(mp_vm *vm, dtstate *s, mp_object *iv, int sign, int *us_out)
{
    mp_val *fv = iv->dyn ? mp_array_find_str(iv->dyn, "f", 1) : NULL;
    double fsec = fv && mp_deref(fv)->type == MP_T_FLOAT ? mp_deref(fv)->u.d : 0;
    int64_t us = s->us + (iv_get(vm, iv, "invert") ? -sign : sign) * (int64_t)(fsec * 1e6 + (fsec < 0 ? -0.5 : 0.5)), carry = 0;
    while (us < 0) { us += 1000000; carry--; }
    while (us >= 1000000) { us -= 1000000; carry++; }
    *us_out = (int)us;
    int64_t f[7];
    mp_date_fields(s->tz, s->ts, f);
    if (iv_get(vm, iv, "invert")) sign = -sign;
    int64_t y = f[0] + sign * iv_get(vm, iv, "y"), m = f[1] + sign * iv_get(vm, iv, "m"), d = f[2] + sign * iv_get(vm, iv, "d");
    int64_t wall = mp_date_make(s->tz, y, m, d, f[3], f[4], f[5]);
    return wall + carry + sign * (iv_get(vm, iv, "h") * 3600 + iv_get(vm, iv, "i") * 60 + iv_get(vm, iv, "s"));
}

static void dt_addsub(mp_vm *vm, mp_val *argv, mp_val *ret, int sign)
{
    int us;
    dtstate *s;
    mp_object *t = target(vm, &s);
    int64_t ts = add_interval(vm, s, need(vm, argv[0], "DateInterval", sign > 0 ? "add" : "sub", 1, "interval"), sign, &us);
    put_state(vm, t, ts, us, s->tz, s->ztype, 1);
    *ret = mp_v_obj(t);
}
static void dt_add(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; dt_addsub(vm, argv, ret, 1); }
static void dt_sub(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; dt_addsub(vm, argv, ret, -1); }

/* $a->diff($b): whole months from the earlier date while they fit, then
 * days and time (wall clock of the first object's zone). */
static void dt_diff(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_object *o = self(vm);
    dtstate *a = state_of(vm, o, cls_name(vm, o)), *b = need(vm, argv[0], "DateTimeInterface", "diff", 1, "targetObject")->internal;
    int invert = 0;
    int64_t t1 = a->ts, t2 = b->ts, u1 = a->us, u2 = b->us;
    if (t1 > t2 || (t1 == t2 && u1 > u2)) { int64_t x = t1; t1 = t2; t2 = x; x = u1; u1 = u2; u2 = x; invert = 1; }
    int64_t fus = u2 - u1;
    if (fus < 0) { fus += 1000000; t2--; }
    /* wall clock of the common zone; UTC when the zones differ */
    struct mp_tz *tz = a->ztype == b->ztype && !strcmp(mp_date_zone_name(a->tz), mp_date_zone_name(b->tz)) ? a->tz : NULL;
    int64_t f1[7], f2[7];
    mp_date_fields(tz, t1, f1);
    mp_date_fields(tz, t2, f2);
    int32_t o1 = mp_date_zone_offset(tz, t1), o2 = mp_date_zone_offset(tz, t2);
    int64_t l1 = t1 + o1, l2 = t2 + o2;    /* local wall-clock seconds */
    int64_t months = (f2[0] - f1[0]) * 12 + (f2[1] - f1[1]);
    int64_t base = 0;
    for (; months >= 0; months--) {
        /* inverted: counted back from the later date, as PHP does */
        base = invert ? mp_date_make(NULL, f2[0], f2[1] - months, f2[2], f2[3], f2[4], f2[5])
                      : mp_date_make(NULL, f1[0], f1[1] + months, f1[2], f1[3], f1[4], f1[5]);
        if (invert ? base >= l1 : base <= l2) break;
    }
    if (months < 0) { months = 0; base = invert ? l2 : l1; }
    int64_t rest = invert ? base - l1 : l2 - base;
    int64_t v[6] = { months / 12, months % 12, rest / 86400, rest / 3600 % 24, rest / 60 % 60, rest % 60 };
    int64_t days = (mp_date_make(NULL, f2[0], f2[1], f2[2], 0, 0, 0) - mp_date_make(NULL, f1[0], f1[1], f1[2], 0, 0, 0)) / 86400;
    if (f2[3] * 3600 + f2[4] * 60 + f2[5] < f1[3] * 3600 + f1[4] * 60 + f1[5]) days--;
    mp_object *iv = new_interval(vm, v, invert, days);
    set_prop(vm, iv, "f", mp_v_float((double)fus / 1e6));
    if (argc > 1 && argv[1].type == MP_T_TRUE) set_prop(vm, iv, "invert", mp_v_int(0));
    *ret = mp_v_obj(iv);
}

/* ---- createFromFormat ---- */

static int cf_num(const char **p, const char *e, int max, int64_t *v)
{
    int n = 0;
    *v = 0;
    while (*p < e && n < max && **p >= '0' && **p <= '9') { *v = *v * 10 + (*(*p)++ - '0'); n++; }
    return n > 0;
}

static const char *const mnames[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

/* Parse DATA by FORMAT into O; 0 on mismatch. Fields not given come from
 * now, or from the epoch after '!' (and for those unset at a '|'). */
static int from_format(mp_vm *vm, mp_object *o, mp_str *fmt, mp_str *data, dtstate *z)
{
    struct mp_tz *tz = z ? z->tz : mp_date_default_zone(vm);
    int ztype = z ? z->ztype : 3;
    enum { Y, M, D, H, I, S };
    int64_t v[6], set[6] = { 0 }, ts_given = 0, ts = 0, pm = -1, us = 0;
    int zone_given = 0;
    int32_t zoff = 0;
    int64_t now[7];
    mp_date_fields(tz, mp_date_now(NULL), now);
    for (int k = 0; k < 6; k++) v[k] = now[k];
    const char *p = data->data, *e = p + data->len;
    for (size_t k = 0; k < fmt->len; k++) {
        char c = fmt->data[k];
        int64_t n;
        switch (c) {
        case 'Y': if (!cf_num(&p, e, 4, &n)) return 0; v[Y] = n; set[Y] = 1; break;
        case 'y': if (!cf_num(&p, e, 2, &n)) return 0; v[Y] = n < 70 ? 2000 + n : 1900 + n; set[Y] = 1; break;
        case 'm': case 'n': if (!cf_num(&p, e, 2, &n)) return 0; v[M] = n; set[M] = 1; break;
        case 'd': case 'j': if (!cf_num(&p, e, 2, &n)) return 0; v[D] = n; set[D] = 1; break;
        case 'H': case 'G': case 'h': case 'g': if (!cf_num(&p, e, 2, &n)) return 0; v[H] = n; set[H] = 1; break;
        case 'i': if (!cf_num(&p, e, 2, &n)) return 0; v[I] = n; set[I] = 1; break;
        case 's': if (!cf_num(&p, e, 2, &n)) return 0; v[S] = n; set[S] = 1; break;
        case 'u': case 'v': {
            const char *st = p;
            if (!cf_num(&p, e, c == 'u' ? 6 : 3, &n)) return 0;
            for (int nd = (int)(p - st); nd < 6; nd++) n *= 10;
            us = n;
            break;
        }
        case 'A': case 'a':
            if (e - p < 2) return 0;
            if (!strncasecmp(p, "am", 2)) pm = 0; else if (!strncasecmp(p, "pm", 2)) pm = 1; else return 0;
            p += 2;
            break;
        case 'D': case 'l':
            while (p < e && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) p++;
            break;
        case 'M': case 'F': {
            const char *st = p;
            while (p < e && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) p++;
            int found = 0;
            for (int m = 0; m < 12 && !found; m++)
                if (p - st >= 3 && !strncasecmp(st, mnames[m], 3)) { v[M] = m + 1; set[M] = 1; found = 1; }
            if (!found) return 0;
            break;
        }
        case 'U': {
            int neg = p < e && *p == '-';
            if (neg) p++;
            if (!cf_num(&p, e, 19, &n)) return 0;
            ts = neg ? -n : n; ts_given = 1;
            break;
        }
        case 'e': case 'T': case 'P': case 'O': case 'p': {
            const char *st = p;
            if (p < e && (*p == '+' || *p == '-')) {
                p++;
                while (p < e && ((*p >= '0' && *p <= '9') || *p == ':')) p++;
                if (!parse_offset(st, (size_t)(p - st), &zoff)) return 0;
                zone_given = 1;
            } else if (p < e && *p == 'Z' && (c == 'p' || c == 'e' || c == 'T')) {
                p++; zoff = 0; zone_given = 1;
            } else {
                while (p < e && *p != ' ' && *p != ',' && *p != ')') p++;
                struct mp_tz *nz = mp_date_zone(vm, st, (size_t)(p - st));
                if (!nz) return 0;
                tz = nz; ztype = 3; zone_given = 2;
            }
            break;
        }
        case '!':
            v[Y] = 1970; v[M] = 1; v[D] = 1; v[H] = v[I] = v[S] = 0;
            for (int j = 0; j < 6; j++) set[j] = 1;
            break;
        case '|':
            if (!set[Y]) v[Y] = 1970;
            if (!set[M]) v[M] = 1;
            if (!set[D]) v[D] = 1;
            if (!set[H]) v[H] = 0;
            if (!set[I]) v[I] = 0;
            if (!set[S]) v[S] = 0;
            for (int j = 0; j < 6; j++) set[j] = 1;
            break;
        case '\\':
            k++;
            if (k >= fmt->len || p >= e || *p != fmt->data[k]) return 0;
            p++;
            break;
        case '*':
            while (p < e && !(*p == ' ' || *p == ',' || *p == ';' || *p == ':' || *p == '/' || *p == '.' || *p == '-' || *p == '(' || *p == ')')) p++;
            break;
        case '+': p = e; break;
        default:
            if (p >= e || *p != c) return 0;
            p++;
        }
    }
    if (p != e) return 0;
    if (set[H] || set[I] || set[S]) {
        if (!set[H]) v[H] = 0;
        if (!set[I]) v[I] = 0;
        if (!set[S]) v[S] = 0;
    }
    if (pm == 1 && v[H] < 12) v[H] += 12;
    if (pm == 0 && v[H] == 12) v[H] = 0;
    if (zone_given == 1) { tz = mp_date_fixed_zone(vm, zoff); ztype = 1; }
    if (ts_given) {
        if (!zone_given) { tz = mp_date_fixed_zone(vm, 0); ztype = 1; }
        put_state(vm, o, ts, 0, tz, ztype, 1);
        return 1;
    }
    put_state(vm, o, mp_date_make(tz, v[Y], v[M], v[D], v[H], v[I], v[S]), (int)us, tz, ztype, 1);
    return 1;
}

static void dt_create_from_format(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_class *c = vm->native_called;
    mp_object *o = mp_object_alloc(vm, c);
    if (!from_format(vm, o, argv[0].u.s, argv[1].u.s, argc > 2 ? zone_arg(vm, argv[2], "createFromFormat", 3) : NULL)) { *ret = mp_v_bool(0); return; }
    *ret = mp_v_obj(o);
}

/* DateTime::createFromImmutable / DateTimeImmutable::createFromMutable /
 * createFromInterface: the same instant and zone in the called class. */
static void dt_create_from(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    dtstate *s = need(vm, argv[0], "DateTimeInterface", "createFromInterface", 1, "object")->internal;
    mp_object *o = mp_object_alloc(vm, vm->native_called);
    put_state(vm, o, s->ts, s->us, s->tz, s->ztype, 1);
    *ret = mp_v_obj(o);
}

/* ---- DatePeriod ---- */

/* What a DatePeriod holds. */
typedef struct period {
    mp_object *start, *end, *interval;   /* end NULL: counted by recurrences */
    int64_t    recurrences;
    int        options;                  /* 1 EXCLUDE_START_DATE, 2 INCLUDE_END_DATE */
} period;

static void period_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    period *p = mp_alloc(vm, sizeof *p);
    if (!is_a(vm, argv[0].u.o, "DateTimeInterface") || !argv[0].u.o->internal)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "DatePeriod::__construct() accepts (DateTimeInterface, DateInterval, int [, int]), or (DateTimeInterface, DateInterval, DateTime [, int]), or (string [, int]) as arguments");
    p->start = argv[0].u.o;
    p->interval = need(vm, argv[1], "DateInterval", "__construct", 2, "interval");
    mp_val third = argc > 2 ? *mp_deref(&argv[2]) : mp_v_null();
    if (third.type == MP_T_OBJECT && is_a(vm, third.u.o, "DateTimeInterface")) p->end = third.u.o;
    else if (third.type == MP_T_INT) {
        if (third.u.i < 1) mp_throw_ex(vm, MP_EX_EXCEPTION, "DatePeriod::__construct(): Recurrence count must be greater than 0");
        p->recurrences = third.u.i;
    } else mp_throw_ex(vm, MP_EX_TYPE_ERROR, "DatePeriod::__construct() accepts (DateTimeInterface, DateInterval, int [, int]), or (DateTimeInterface, DateInterval, DateTime [, int]), or (string [, int]) as arguments");
    p->options = argc > 3 ? (int)argv[3].u.i : 0;
    self(vm)->internal = p;
}

static period *period_of(mp_vm *vm)
{
    period *p = self(vm)->internal;
    if (!p) mp_throw_ex(vm, MP_EX_ERROR, "The DatePeriod object has not been correctly initialized by its constructor");
    return p;
}

/* A new object of O's class at instant TS in O's zone. */
static mp_object *date_like(mp_vm *vm, mp_object *o, int64_t ts)
{
    dtstate *s = o->internal;
    mp_object *n = mp_object_alloc(vm, o->cls);
    put_state(vm, n, ts, s->us, s->tz, s->ztype, 1);
    return n;
}

/* getIterator(): an ArrayIterator over the dates, computed by adding the
 * interval again and again. */
static void period_get_iterator(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    period *p = period_of(vm);
    mp_array *a = mp_array_new(vm, 8);
    dtstate cur = *(dtstate *)p->start->internal;
    int64_t end = p->end ? ((dtstate *)p->end->internal)->ts : 0;
    int64_t n = 0, limit = p->recurrences;
    if (!(p->options & 1)) mp_array_append(vm, a, mp_v_obj(date_like(vm, p->start, cur.ts)));
    for (;;) {
        if (!p->end && n >= limit) break;
        cur.ts = add_interval(vm, &cur, p->interval, 1, &cur.us);
        n++;
        if (p->end && (p->options & 2 ? cur.ts > end : cur.ts >= end)) break;
        if (n > 100000000) break;
        mp_array_append(vm, a, mp_v_obj(date_like(vm, p->start, cur.ts)));
    }
    if (p->end && !(p->options & 1) && ((dtstate *)p->start->internal)->ts >= end + !!(p->options & 2)) a = mp_array_new(vm, 0);
    mp_object *it = mp_object_create(vm, mp_str_cstr(vm, "ArrayIterator"));
    mp_val arg = mp_v_arr(a), r;
    mp_call_method_name(vm, it, "__construct", 1, &arg, &r);
    *ret = mp_v_obj(it);
}

static void period_get_start(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    period *p = period_of(vm);
    *ret = mp_v_obj(date_like(vm, p->start, ((dtstate *)p->start->internal)->ts));
}

static void period_get_end(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    period *p = period_of(vm);
    *ret = p->end ? mp_v_obj(date_like(vm, p->end, ((dtstate *)p->end->internal)->ts)) : mp_v_null();
}

static void period_get_interval(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_obj(mp_clone(vm, mp_v_obj(period_of(vm)->interval)));
}

static void period_get_recurrences(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    period *p = period_of(vm);
    *ret = p->end ? mp_v_null() : mp_v_int(p->recurrences);
}

static const mp_builtin period_methods[] = {
    { "DatePeriod::__construct", period_construct, 3, 4, "oozi", "start interval end options" },
    { "DatePeriod::getDateInterval", period_get_interval, 0, 0, "", "" },
    { "DatePeriod::getEndDate", period_get_end, 0, 0, "", "" },
    { "DatePeriod::getIterator", period_get_iterator, 0, 0, "", "" },
    { "DatePeriod::getRecurrences", period_get_recurrences, 0, 0, "", "" },
    { "DatePeriod::getStartDate", period_get_start, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};

/* ---- procedural aliases ---- */

static void bi_date_create_in(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, const char *cls)
{
    mp_object *o = mp_object_alloc(vm, mp_find_class(vm, mp_str_cstr(vm, cls)));
    mp_str *s = argc > 0 ? argv[0].u.s : mp_str_cstr(vm, "now");
    if (!init_from_string(vm, o, s, argc > 1 ? zone_arg(vm, argv[1], "date_create", 2) : NULL)) { *ret = mp_v_bool(0); return; }
    *ret = mp_v_obj(o);
}
/* date_create(string $datetime = "now", ?DateTimeZone $timezone = null): DateTime|false */
static void bi_date_create(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { bi_date_create_in(vm, argc, argv, ret, "DateTime"); }
/* date_create_immutable(...): DateTimeImmutable|false */
static void bi_date_create_immutable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { bi_date_create_in(vm, argc, argv, ret, "DateTimeImmutable"); }

/* date_create_from_format(string $format, string $datetime, ?DateTimeZone $timezone = null) */
static void bi_date_create_from_format(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_class *saved = vm->native_called;
    vm->native_called = mp_find_class(vm, mp_str_cstr(vm, "DateTime"));
    dt_create_from_format(vm, argc, argv, ret);
    vm->native_called = saved;
}

/* Run method FN with argument 1 (an instance of CLS) as $this. */
static void as_method(mp_vm *vm, mp_builtin_fn fn, const char *fname, const char *cls, int argc, mp_val *argv, mp_val *ret)
{
    if (!mp_object_instanceof(vm, argv[0].u.o, cls))
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($object) must be of type %s, %s given", fname, cls, mp_object_class_name(argv[0].u.o));
    mp_object *saved = vm->this_native;
    vm->this_native = argv[0].u.o;
    fn(vm, argc - 1, argv + 1, ret);
    vm->this_native = saved;
}
#define ALIAS(name, fn, cls) static void bi_##name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { as_method(vm, fn, #name, cls, argc, argv, ret); }
ALIAS(date_add, dt_add, "DateTime")
ALIAS(date_date_set, dt_set_date, "DateTime")
ALIAS(date_diff, dt_diff, "DateTimeInterface")
ALIAS(date_format, dt_format, "DateTimeInterface")
ALIAS(date_interval_format, iv_format, "DateInterval")
ALIAS(date_modify, dt_modify, "DateTime")
ALIAS(date_offset_get, dt_get_offset, "DateTimeInterface")
ALIAS(date_sub, dt_sub, "DateTime")
ALIAS(date_time_set, dt_set_time, "DateTime")
ALIAS(date_timestamp_get, dt_get_timestamp, "DateTimeInterface")
ALIAS(date_timestamp_set, dt_set_timestamp, "DateTime")
ALIAS(date_timezone_get, dt_get_timezone, "DateTimeInterface")
ALIAS(date_timezone_set, dt_set_timezone, "DateTime")
ALIAS(timezone_name_get, tz_get_name, "DateTimeZone")

/* timezone_open(string $timezone): DateTimeZone|false (a warning for unknown zones) */
static void bi_timezone_open(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *name = argv[0].u.s;
    int32_t off;
    if (parse_offset(name->data, name->len, &off)) { *ret = mp_v_obj(new_zone(vm, mp_date_fixed_zone(vm, off), 1)); return; }
    struct mp_tz *tz = name->len ? mp_date_zone(vm, name->data, name->len) : NULL;
    if (!tz) {
        mp_error(vm, MP_E_WARNING, "timezone_open(): Unknown or bad timezone (%s)", name->data);
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_obj(new_zone(vm, tz, 3));
}

static const mp_builtin rows[] = {
    { "date_add", bi_date_add, 2, 2, "oo", "object interval" },
    { "date_create", bi_date_create, 0, 2, "s?o", "datetime timezone", "'now' null" },
    { "date_create_from_format", bi_date_create_from_format, 2, 3, "ss?o", "format datetime timezone", "null" },
    { "date_create_immutable", bi_date_create_immutable, 0, 2, "s?o", "datetime timezone", "'now' null" },
    { "date_date_set", bi_date_date_set, 4, 4, "oiii", "object year month day" },
    { "date_diff", bi_date_diff, 2, 3, "oob", "baseObject targetObject absolute", "false" },
    { "date_format", bi_date_format, 2, 2, "os", "object format" },
    { "date_interval_format", bi_date_interval_format, 2, 2, "os", "object format" },
    { "date_modify", bi_date_modify, 2, 2, "os", "object modifier" },
    { "date_offset_get", bi_date_offset_get, 1, 1, "o", "object" },
    { "date_sub", bi_date_sub, 2, 2, "oo", "object interval" },
    { "date_time_set", bi_date_time_set, 3, 5, "oiiii", "object hour minute second microsecond", "0 0" },
    { "date_timestamp_get", bi_date_timestamp_get, 1, 1, "o", "object" },
    { "date_timestamp_set", bi_date_timestamp_set, 2, 2, "oi", "object timestamp" },
    { "date_timezone_get", bi_date_timezone_get, 1, 1, "o", "object" },
    { "date_timezone_set", bi_date_timezone_set, 2, 2, "oo", "object timezone" },
    { "timezone_name_get", bi_timezone_name_get, 1, 1, "o", "object" },
    { "timezone_open", bi_timezone_open, 1, 1, "s", "timezone" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_datetime, rows);

/* ---- comparison (vm/object.c) ---- */

/* <, ==, > of two DateTimeInterface objects by their instants; 0 if A or
 * B is no initialised date object. */
int mp_datetime_compare(mp_vm *vm, mp_object *a, mp_object *b, int *r)
{
    if (!a->internal || !b->internal || !is_a(vm, a, "DateTimeInterface") || !is_a(vm, b, "DateTimeInterface")) return 0;
    const dtstate *sa = a->internal, *sb = b->internal;
    *r = sa->ts < sb->ts ? -1 : sa->ts > sb->ts ? 1 : sa->us < sb->us ? -1 : sa->us > sb->us;
    return 1;
}

/* ---- the classes ---- */

#define DT_METHODS(C) \
    { C "::__construct", dt_construct, 0, 2, "s?o", "datetime timezone", "'now' null" }, \
    { C "::__wakeup", dt_wakeup, 0, 0, "", "" }, \
    { C "::add", dt_add, 1, 1, "o", "interval" }, \
    { C "::createFromFormat", dt_create_from_format, 2, 3, "ss?o", "format datetime timezone", "null" }, \
    { C "::createFromInterface", dt_create_from, 1, 1, "o", "object" }, \
    { C "::diff", dt_diff, 1, 2, "ob", "targetObject absolute", "false" }, \
    { C "::format", dt_format, 1, 1, "s", "format" }, \
    { C "::getOffset", dt_get_offset, 0, 0, "", "" }, \
    { C "::getTimestamp", dt_get_timestamp, 0, 0, "", "" }, \
    { C "::getTimezone", dt_get_timezone, 0, 0, "", "" }, \
    { C "::modify", dt_modify, 1, 1, "s", "modifier" }, \
    { C "::setDate", dt_set_date, 3, 3, "iii", "year month day" }, \
    { C "::setISODate", dt_set_iso_date, 2, 3, "iii", "year week dayOfWeek", "1" }, \
    { C "::setTime", dt_set_time, 2, 4, "iiii", "hour minute second microsecond", "0 0" }, \
    { C "::setTimestamp", dt_set_timestamp, 1, 1, "i", "timestamp" }, \
    { C "::setTimezone", dt_set_timezone, 1, 1, "o", "timezone" }, \
    { C "::sub", dt_sub, 1, 1, "o", "interval" }

#define P MP_ACC_PUBLIC
#define PS (MP_ACC_PUBLIC | MP_ACC_STATIC)
static const mp_builtin datetime_methods[] = {
    DT_METHODS("DateTime"),
    { "DateTime::createFromImmutable", dt_create_from, 1, 1, "o", "object" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const mp_builtin immutable_methods[] = {
    DT_METHODS("DateTimeImmutable"),
    { "DateTimeImmutable::createFromMutable", dt_create_from, 1, 1, "o", "object" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t datetime_mflags[] = { P, P, P, PS, PS, P, P, P, P, P, P, P, P, P, P, P, P, PS };

static const mp_builtin iface_methods[] = {
    { "DateTimeInterface::format", NULL, 1, 1, "s", "format" },
    { "DateTimeInterface::getTimezone", NULL, 0, 0, "", "" },
    { "DateTimeInterface::getOffset", NULL, 0, 0, "", "" },
    { "DateTimeInterface::getTimestamp", NULL, 0, 0, "", "" },
    { "DateTimeInterface::diff", NULL, 1, 2, "ob", "targetObject absolute", "false" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t iface_mflags[] = { P | MP_ACC_ABSTRACT, P | MP_ACC_ABSTRACT, P | MP_ACC_ABSTRACT, P | MP_ACC_ABSTRACT, P | MP_ACC_ABSTRACT };

static const mp_builtin zone_methods[] = {
    { "DateTimeZone::__construct", tz_construct, 1, 1, "s", "timezone" },
    { "DateTimeZone::getName", tz_get_name, 0, 0, "", "" },
    { "DateTimeZone::getOffset", tz_get_offset, 1, 1, "o", "datetime" },
    { NULL, NULL, 0, 0, NULL, NULL },
};

static const mp_builtin interval_methods[] = {
    { "DateInterval::__construct", iv_construct, 1, 1, "s", "duration" },
    { "DateInterval::format", iv_format, 1, 1, "s", "format" },
    { NULL, NULL, 0, 0, NULL, NULL },
};

static const mp_native_class datetime_classes[] = {
    { "DateTimeInterface", NULL, NULL, MP_ACC_INTERFACE, iface_methods, iface_mflags, NULL },
    { "DateTime", NULL, "DateTimeInterface", 0, datetime_methods, datetime_mflags, NULL },
    { "DateTimeImmutable", NULL, "DateTimeInterface", 0, immutable_methods, datetime_mflags, NULL },
    { "DateTimeZone", NULL, NULL, 0, zone_methods, NULL, NULL },
    { "DateInterval", NULL, NULL, 0, interval_methods, NULL, NULL },
    { "DatePeriod", NULL, "IteratorAggregate", 0, period_methods, NULL, NULL },
};

static const char *const format_consts[][2] = {
    { "ATOM", "Y-m-d\\TH:i:sP" }, { "COOKIE", "l, d-M-Y H:i:s T" }, { "ISO8601", "Y-m-d\\TH:i:sO" },
    { "RFC822", "D, d M y H:i:s O" }, { "RFC850", "l, d-M-y H:i:s T" }, { "RFC1036", "D, d M y H:i:s O" },
    { "RFC1123", "D, d M Y H:i:s O" }, { "RFC7231", "D, d M Y H:i:s \\G\\M\\T" }, { "RFC2822", "D, d M Y H:i:s O" },
    { "RFC3339", "Y-m-d\\TH:i:sP" }, { "RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP" }, { "RSS", "D, d M Y H:i:s O" },
    { "W3C", "Y-m-d\\TH:i:sP" },
};

void mp_datetime_init(mp_vm *vm)
{
    for (size_t i = 0; i < sizeof datetime_classes / sizeof datetime_classes[0]; i++) mp_link_native_class(vm, &datetime_classes[i]);
    const char *holders[] = { "DateTimeInterface", "DateTime", "DateTimeImmutable" };
    for (int h = 0; h < 3; h++) {
        mp_class *c = mp_find_class(vm, mp_str_cstr(vm, holders[h]));
        for (size_t i = 0; i < sizeof format_consts / sizeof format_consts[0]; i++) {
            mp_cconst *cc = mp_alloc(vm, sizeof *cc);
            cc->name = mp_str_cstr(vm, format_consts[i][0]);
            cc->flags = MP_ACC_PUBLIC;
            cc->val = mp_v_str(mp_str_cstr(vm, format_consts[i][1]));
            cc->scope = c;
            mp_array_set(vm, c->consts, (mp_key){ cc->name, 0 }, (mp_val){ .u.p = cc, .tw = MP_T_PTR });
        }
    }
    mp_class *pc = mp_find_class(vm, mp_str_cstr(vm, "DatePeriod"));
    const char *pnames[] = { "EXCLUDE_START_DATE", "INCLUDE_END_DATE" };
    for (int i = 0; i < 2; i++) {
        mp_cconst *cc = mp_alloc(vm, sizeof *cc);
        cc->name = mp_str_cstr(vm, pnames[i]);
        cc->flags = MP_ACC_PUBLIC;
        cc->val = mp_v_int(i + 1);
        cc->scope = pc;
        mp_array_set(vm, pc->consts, (mp_key){ cc->name, 0 }, (mp_val){ .u.p = cc, .tw = MP_T_PTR });
    }
}
