/* runtime.c - facts about the running process and the interpreter:
 * getenv/putenv, php_uname, phpversion, version_compare, memory usage,
 * error_log, host name and pid. putenv() never changes the process
 * environment: each VM keeps its own overlay of it (mp_vm_env), which
 * getenv() consults first, so VMs in one process do not see each other. */
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <arpa/inet.h>
#include <pwd.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "builtins.h"
#include "../vm/vmapi.h"
#define MP_LIBRARY_INTERNAL 1   /* minphp.h: no host macros over internal names */
#include "../include/minphp.h"

extern char **environ;

#define MP_PHP_VERSION "8.2.0"   /* as the PHP_VERSION constant */

/* ---- environment ---- */

/* getenv(?string $name = null, bool $local_only = false): array|string|false */
static void bi_getenv(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_array *overlay = *mp_vm_env(vm);
    if (argc == 0 || argv[0].type == MP_T_NULL) {
        mp_array *a = mp_array_new(vm, 32);
        for (char **e = environ; e && *e; e++) {
            const char *eq = strchr(*e, '=');
            if (!eq || eq == *e) continue;
            mp_array_set_str(vm, a, *e, (size_t)(eq - *e), mp_v_str(mp_str_cstr(vm, eq + 1)));
        }
        if (overlay) {
            mp_key k; mp_val *v;
            for (uint32_t pos = 0; mp_array_next(overlay, &pos, &k, &v); ) {
                if (v->type == MP_T_STRING) mp_array_set(vm, a, k, *v);
                else mp_array_delete(vm, a, k);
            }
        }
        *ret = mp_v_arr(a);
        return;
    }
    mp_str *name = argv[0].u.s;
    if (overlay) {
        mp_val *v = mp_array_find_str(overlay, name->data, name->len);
        if (v) { *ret = v->type == MP_T_STRING ? *v : mp_v_bool(0); return; }
    }
    const char *s = strlen(name->data) == name->len ? getenv(name->data) : NULL;
    *ret = s ? mp_v_str(mp_str_cstr(vm, s)) : mp_v_bool(0);
}

/* putenv(string $assignment): bool -- "NAME=value" sets, "NAME" removes;
 * only this VM's view of the environment changes. */
static void bi_putenv(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    const char *eq = memchr(s->data, '=', s->len);
    size_t nlen = eq ? (size_t)(eq - s->data) : s->len;
    if (nlen == 0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "putenv(): Argument #1 ($assignment) must have a valid syntax");
    mp_array **overlay = mp_vm_env(vm);
    if (!*overlay) *overlay = mp_array_new(vm, 8);
    mp_val v = eq ? mp_v_str(mp_str_new(vm, eq + 1, s->len - nlen - 1)) : mp_v_bool(0);
    mp_array_set_str(vm, *overlay, s->data, nlen, v);
    *ret = mp_v_bool(1);
}

/* ---- the system and the interpreter ---- */

/* php_uname(string $mode = "a"): string */
static void bi_php_uname(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    char mode = 'a';
    if (argc > 0) {
        mp_str *m = argv[0].u.s;
        mode = m->len ? m->data[0] : 'a';   /* PHP 8.2: only the first character counts, unknown ones mean "a" */
    }
    struct utsname u;
    if (uname(&u) != 0) memset(&u, 0, sizeof u);
    const char *r;
    switch (mode) {
    case 's': r = u.sysname; break;
    case 'n': r = u.nodename; break;
    case 'r': r = u.release; break;
    case 'v': r = u.version; break;
    case 'm': r = u.machine; break;
    default: {
        mp_buf b; mp_buf_init(&b, vm);
        mp_buf_printf(&b, "%s %s %s %s %s", u.sysname, u.nodename, u.release, u.version, u.machine);
        *ret = mp_v_str(mp_buf_finish(&b));
        return;
    }
    }
    *ret = mp_v_str(mp_str_cstr(vm, r));
}

/* The extensions whose functions minphp provides, in php's load order. */
static const char *const extensions[] = { "Core", "date", "pcre", "hash", "json", "random", "SPL",
                                          "standard", "ctype", "mbstring", NULL };

/* Is NAME (any case) one of them? */
static int extension_known(const mp_str *name)
{
    for (int i = 0; extensions[i]; i++)
        if (strlen(extensions[i]) == name->len && strncasecmp(extensions[i], name->data, name->len) == 0) return 1;
    return 0;
}

/* phpversion(?string $extension = null): string|false -- the bundled
 * extensions report PHP's version, others are not loaded. */
static void bi_phpversion(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argc > 0 && argv[0].type != MP_T_NULL && !extension_known(argv[0].u.s)) {
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_str(mp_str_cstr(vm, MP_PHP_VERSION));
}

/* extension_loaded(string $extension): bool */
static void bi_extension_loaded(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_bool(extension_known(argv[0].u.s));
}

/* get_loaded_extensions(bool $zend_extensions = false): array */
static void bi_get_loaded_extensions(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_array *a = mp_array_new(vm, 16);
    if (!(argc > 0 && argv[0].type == MP_T_TRUE))
        for (int i = 0; extensions[i]; i++) mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, extensions[i])));
    *ret = mp_v_arr(a);
}

/* connection_aborted(): int, connection_status(): int -- the CLI never
 * loses its client; ignore_user_abort(?bool $enable = null): int keeps the setting */
static void bi_zero(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; (void)argv; *ret = mp_v_int(0); }

/* sys_getloadavg(): array|false */
static void bi_sys_getloadavg(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    double l[3];
    if (getloadavg(l, 3) != 3) { *ret = mp_v_bool(0); return; }
    mp_array *a = mp_array_new(vm, 3);
    for (int i = 0; i < 3; i++) mp_array_append(vm, a, mp_v_float(l[i]));
    *ret = mp_v_arr(a);
}

/* get_current_user(): string -- the owner of the process (php: of the script) */
static void bi_get_current_user(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    struct passwd *pw = getpwuid(geteuid());
    *ret = mp_v_str(mp_str_cstr(vm, pw ? pw->pw_name : ""));
}

/* time_nanosleep(int $seconds, int $nanoseconds): array|bool */
static void bi_time_nanosleep(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    if (argv[0].u.i < 0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0");
    if (argv[1].u.i < 0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0");
    struct timespec req = { (time_t)argv[0].u.i, (long)argv[1].u.i }, rem;
    if (nanosleep(&req, &rem) == 0) { *ret = mp_v_bool(1); return; }
    if (errno == EINTR) {
        mp_array *a = mp_array_new(vm, 2);
        mp_array_set_str(vm, a, "seconds", 7, mp_v_int(rem.tv_sec));
        mp_array_set_str(vm, a, "nanoseconds", 11, mp_v_int(rem.tv_nsec));
        *ret = mp_v_arr(a);
        return;
    }
    if (errno == EINVAL) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative");
    *ret = mp_v_bool(0);
}

/* time_sleep_until(float $timestamp): bool */
static void bi_time_sleep_until(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    struct timeval tv;
    gettimeofday(&tv, NULL);
    double left = argv[0].u.d - ((double)tv.tv_sec + tv.tv_usec / 1e6);
    if (left < 0) {
        mp_error(vm, MP_E_WARNING, "time_sleep_until(): Argument #1 ($timestamp) must be greater than or equal to the current time");
        *ret = mp_v_bool(0);
        return;
    }
    struct timespec req = { (time_t)left, (long)((left - (double)(time_t)left) * 1e9) }, rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
    *ret = mp_v_bool(1);
}

/* ---- image types (the IMAGETYPE_* numbers) ---- */

static const struct { const char *mime, *ext; } image_types[] = {
    { "application/octet-stream", NULL }, { "image/gif", "gif" }, { "image/jpeg", "jpeg" }, { "image/png", "png" },
    { "application/x-shockwave-flash", "swf" }, { "image/psd", "psd" }, { "image/bmp", "bmp" }, { "image/tiff", "tiff" },
    { "image/tiff", "tiff" }, { "application/octet-stream", "jpc" }, { "image/jp2", "jp2" }, { "application/octet-stream", "jpx" },
    { "application/octet-stream", "jb2" }, { "application/x-shockwave-flash", "swf" }, { "image/iff", "iff" },
    { "image/vnd.wap.wbmp", "bmp" }, { "image/xbm", "xbm" }, { "image/vnd.microsoft.icon", "ico" }, { "image/webp", "webp" },
    { "image/avif", "avif" },
};
#define N_IMAGE_TYPES (int64_t)(sizeof image_types / sizeof image_types[0])

/* image_type_to_mime_type(int $image_type): string */
static void bi_image_type_to_mime_type(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int64_t t = argv[0].u.i;
    *ret = mp_v_str(mp_str_cstr(vm, t >= 0 && t < N_IMAGE_TYPES ? image_types[t].mime : image_types[0].mime));
}

/* image_type_to_extension(int $image_type, bool $include_dot = true): string|false */
static void bi_image_type_to_extension(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t t = argv[0].u.i;
    if (t <= 0 || t >= N_IMAGE_TYPES) { *ret = mp_v_bool(0); return; }
    char buf[16];
    snprintf(buf, sizeof buf, "%s%s", argc > 1 && argv[1].type == MP_T_FALSE ? "" : ".", image_types[t].ext);
    *ret = mp_v_str(mp_str_cstr(vm, buf));
}

/* ---- the network databases ---- */

/* getprotobyname(string $protocol): int|false */
static void bi_getprotobyname(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    struct protoent *p = getprotobyname(argv[0].u.s->data);
    *ret = p ? mp_v_int(p->p_proto) : mp_v_bool(0);
}

/* getprotobynumber(int $protocol): string|false */
static void bi_getprotobynumber(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    struct protoent *p = getprotobynumber((int)argv[0].u.i);
    *ret = p ? mp_v_str(mp_str_cstr(vm, p->p_name)) : mp_v_bool(0);
}

/* getservbyname(string $service, string $protocol): int|false */
static void bi_getservbyname(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    struct servent *se = getservbyname(argv[0].u.s->data, argv[1].u.s->data);
    *ret = se ? mp_v_int(ntohs((uint16_t)se->s_port)) : mp_v_bool(0);
}

/* getservbyport(int $port, string $protocol): string|false */
static void bi_getservbyport(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    struct servent *se = getservbyport(htons((uint16_t)argv[0].u.i), argv[1].u.s->data);
    *ret = se ? mp_v_str(mp_str_cstr(vm, se->s_name)) : mp_v_bool(0);
}

/* The IPv4 addresses of HOST (at most MAX) as text; their count. */
static int host_addrs(const char *host, char out[][INET_ADDRSTRLEN], int max)
{
    struct addrinfo hints, *res, *ai;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, NULL, &hints, &res) != 0) return 0;
    int n = 0;
    for (ai = res; ai && n < max; ai = ai->ai_next) {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)ai->ai_addr;
        char buf[INET_ADDRSTRLEN];
        if (!inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf)) continue;
        int dup = 0;
        for (int k = 0; k < n; k++) if (strcmp(out[k], buf) == 0) dup = 1;
        if (!dup) memcpy(out[n++], buf, sizeof buf);
    }
    freeaddrinfo(res);
    return n;
}

/* gethostbyname(string $hostname): string -- the hostname itself on failure */
static void bi_gethostbyname(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *h = argv[0].u.s;
    char addrs[1][INET_ADDRSTRLEN];
    if (h->len > 255) {
        mp_error(vm, MP_E_WARNING, "gethostbyname(): Host name cannot be longer than 255 characters");
        *ret = mp_v_str(h);
        mp_val_share(*ret);
        return;
    }
    if (memchr(h->data, 0, h->len) || !host_addrs(h->data, addrs, 1)) { *ret = argv[0]; mp_val_share(*ret); return; }
    *ret = mp_v_str(mp_str_cstr(vm, addrs[0]));
}

/* gethostbynamel(string $hostname): array|false */
static void bi_gethostbynamel(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *h = argv[0].u.s;
    char addrs[16][INET_ADDRSTRLEN];
    if (h->len > 255) {
        mp_error(vm, MP_E_WARNING, "gethostbynamel(): Host name cannot be longer than 255 characters");
        *ret = mp_v_bool(0);
        return;
    }
    int n = memchr(h->data, 0, h->len) ? 0 : host_addrs(h->data, addrs, 16);
    if (!n) { *ret = mp_v_bool(0); return; }
    mp_array *a = mp_array_new(vm, (uint32_t)n);
    for (int i = 0; i < n; i++) mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, addrs[i])));
    *ret = mp_v_arr(a);
}

/* gethostbyaddr(string $ip): string|false -- the address itself when it has no name */
static void bi_gethostbyaddr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *ip = argv[0].u.s;
    struct sockaddr_storage ss;
    socklen_t len;
    memset(&ss, 0, sizeof ss);
    struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, ip->data, &s4->sin_addr) == 1) { s4->sin_family = AF_INET; len = sizeof *s4; }
    else if (inet_pton(AF_INET6, ip->data, &s6->sin6_addr) == 1) { s6->sin6_family = AF_INET6; len = sizeof *s6; }
    else {
        mp_error(vm, MP_E_WARNING, "gethostbyaddr(): Address is not a valid IPv4 or IPv6 address");
        *ret = mp_v_bool(0);
        return;
    }
    char host[NI_MAXHOST];
    if (getnameinfo((struct sockaddr *)&ss, len, host, sizeof host, NULL, 0, NI_NAMEREQD) != 0) {
        *ret = argv[0];
        mp_val_share(*ret);
        return;
    }
    *ret = mp_v_str(mp_str_cstr(vm, host));
}

/* cli_set_process_title(string $title): bool, cli_get_process_title(): ?string
 * -- the title is remembered per VM; the process name is left alone */
static void bi_cli_set_process_title(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_ini_set(vm, "cli.process_title", argv[0].u.s->data);
    *ret = mp_v_bool(1);
}
static void bi_cli_get_process_title(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    const char *t = mp_ini_get(vm, "cli.process_title");
    *ret = mp_v_str(mp_str_cstr(vm, t ? t : ""));
}

/* php_sapi_name(): string|false */
static void bi_php_sapi_name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_str(mp_str_cstr(vm, "cli"));
}

/* gettimeofday(bool $as_float = false): array|float */
static void bi_gettimeofday(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    if (argc > 0 && argv[0].type == MP_T_TRUE) {
        *ret = mp_v_float((double)tv.tv_sec + tv.tv_usec / 1e6);
        return;
    }
    mp_array *a = mp_array_new(vm, 4);
    mp_array_set_str(vm, a, "sec", 3, mp_v_int(tv.tv_sec));
    mp_array_set_str(vm, a, "usec", 4, mp_v_int(tv.tv_usec));
    mp_array_set_str(vm, a, "minuteswest", 11, mp_v_int(0));
    mp_array_set_str(vm, a, "dsttime", 7, mp_v_int(0));
    *ret = mp_v_arr(a);
}

/* getrusage(int $mode = 0): array|false -- mode 1 is RUSAGE_CHILDREN */
static void bi_getrusage(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    struct rusage ru;
    if (getrusage(argc > 0 && argv[0].u.i == 1 ? RUSAGE_CHILDREN : RUSAGE_SELF, &ru) != 0) { *ret = mp_v_bool(0); return; }
    mp_array *a = mp_array_new(vm, 16);
#define RU(name, v) mp_array_set_str(vm, a, name, strlen(name), mp_v_int((int64_t)(v)))
    RU("ru_oublock", ru.ru_oublock); RU("ru_inblock", ru.ru_inblock); RU("ru_msgsnd", ru.ru_msgsnd);
    RU("ru_msgrcv", ru.ru_msgrcv); RU("ru_maxrss", ru.ru_maxrss); RU("ru_ixrss", ru.ru_ixrss);
    RU("ru_idrss", ru.ru_idrss); RU("ru_minflt", ru.ru_minflt); RU("ru_majflt", ru.ru_majflt);
    RU("ru_nsignals", ru.ru_nsignals); RU("ru_nvcsw", ru.ru_nvcsw); RU("ru_nivcsw", ru.ru_nivcsw);
    RU("ru_nswap", ru.ru_nswap);
    RU("ru_utime.tv_usec", ru.ru_utime.tv_usec); RU("ru_utime.tv_sec", ru.ru_utime.tv_sec);
    RU("ru_stime.tv_usec", ru.ru_stime.tv_usec); RU("ru_stime.tv_sec", ru.ru_stime.tv_sec);
#undef RU
    *ret = mp_v_arr(a);
}

static void bi_zend_version(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_str(mp_str_cstr(vm, "4.2.0"));
}

/* ---- version_compare ---- */

static int is_special(int c) { return c == '-' || c == '_' || c == '+'; }
static int is_ndig(int c) { return !isdigit(c) && c != '.'; }

/* PHP's canonical form: "-_+" and other non-alphanumerics become '.', and
 * a '.' separates digits from letters ("1.0rc1" -> "1.0.rc.1"). */
static char *canonical(mp_vm *vm, const char *v, size_t len)
{
    char *out = mp_alloc_atomic(vm, len * 2 + 1);
    size_t n = 0;
    if (!len) { out[0] = 0; return out; }
    int lp = (unsigned char)v[0];
    out[n++] = v[0];
    for (size_t i = 1; i < len; i++) {
        int c = (unsigned char)v[i];
        char lq = out[n - 1];
        if (is_special(c)) {
            if (lq != '.') out[n++] = '.';
        } else if ((is_ndig(lp) && isdigit(c)) || (isdigit(lp) && is_ndig(c))) {
            if (lq != '.') out[n++] = '.';
            out[n++] = (char)c;
        } else if (!isalnum(c)) {
            if (lq != '.') out[n++] = '.';
        } else {
            out[n++] = (char)c;
        }
        lp = c;
    }
    out[n] = 0;
    return out;
}

/* The rank of a non-numeric part: dev < alpha = a < beta = b < RC = rc < # < pl = p;
 * anything else ranks below all. */
static int special_rank(const char *s, size_t len)
{
    static const struct { const char *name; int rank; } forms[] = {
        { "dev", 0 }, { "alpha", 1 }, { "a", 1 }, { "beta", 2 }, { "b", 2 },
        { "RC", 3 }, { "rc", 3 }, { "#", 4 }, { "pl", 5 }, { "p", 5 },
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        size_t fl = strlen(forms[i].name);
        if (len >= fl && strncmp(s, forms[i].name, fl) == 0) return forms[i].rank;
    }
    return -6;
}

static int sign(long d) { return d < 0 ? -1 : d > 0; }

/* Compare two parts (not containing '.'); "#N#" stands for a number. */
static int compare_part(const char *a, size_t al, const char *b, size_t bl)
{
    int da = al && isdigit((unsigned char)a[0]), db = bl && isdigit((unsigned char)b[0]);
    if (da && db) return sign(strtol(a, NULL, 10) - strtol(b, NULL, 10));
    if (!da && !db) return sign(special_rank(a, al) - special_rank(b, bl));
    if (da) return sign(special_rank("#N#", 3) - special_rank(b, bl));
    return sign(special_rank(a, al) - special_rank("#N#", 3));
}

static int version_cmp(mp_vm *vm, const char *v1, size_t l1, const char *v2, size_t l2)
{
    if (!l1 || !l2) return l1 ? 1 : l2 ? -1 : 0;
    const char *p1 = canonical(vm, v1, l1), *p2 = canonical(vm, v2, l2);
    /* d1/d2: the part just compared ended at a '.', so more may follow */
    int c = 0, d1 = 1, d2 = 1;
    while (*p1 && *p2 && d1 && d2) {
        size_t n1 = strcspn(p1, "."), n2 = strcspn(p2, ".");
        c = compare_part(p1, n1, p2, n2);
        if (c) break;
        d1 = p1[n1] == '.'; if (d1) p1 += n1 + 1;
        d2 = p2[n2] == '.'; if (d2) p2 += n2 + 1;
    }
    /* one ran out: more numbers win; a name left over compares with a number */
    if (c == 0) {
        if (d1) c = isdigit((unsigned char)*p1) ? 1 : version_cmp(vm, p1, strlen(p1), "#N#", 3);
        else if (d2) c = isdigit((unsigned char)*p2) ? -1 : version_cmp(vm, "#N#", 3, p2, strlen(p2));
    }
    return c;
}

/* version_compare(string $version1, string $version2, ?string $operator = null): int|bool */
static void bi_version_compare(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int c = version_cmp(vm, argv[0].u.s->data, argv[0].u.s->len, argv[1].u.s->data, argv[1].u.s->len);
    if (argc < 3 || argv[2].type == MP_T_NULL) { *ret = mp_v_int(c); return; }
    const char *op = argv[2].u.s->data;
    int r;
    if (!strcmp(op, "<") || !strcmp(op, "lt")) r = c == -1;
    else if (!strcmp(op, "<=") || !strcmp(op, "le")) r = c != 1;
    else if (!strcmp(op, ">") || !strcmp(op, "gt")) r = c == 1;
    else if (!strcmp(op, ">=") || !strcmp(op, "ge")) r = c != -1;
    else if (!strcmp(op, "==") || !strcmp(op, "=") || !strcmp(op, "eq")) r = c == 0;
    else if (!strcmp(op, "!=") || !strcmp(op, "<>") || !strcmp(op, "ne")) r = c != 0;
    else mp_throw_ex(vm, MP_EX_VALUE_ERROR, "version_compare(): Argument #3 ($operator) must be a valid comparison operator");
    *ret = mp_v_bool(r);
}

/* ---- memory ---- */

/* memory_get_usage(bool $real_usage = false): int -- bytes in use in the
 * collector's heap (real: the whole heap). The heap is shared by the VMs
 * of one process. */
static void bi_memory_get_usage(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    size_t used, heap;
    mp_gc_usage(&used, &heap);
    size_t *peak = mp_vm_mem_peak(vm);
    if (used > *peak) *peak = used;
    *ret = mp_v_int((int64_t)(argc > 0 && mp_to_bool(argv[0]) ? heap : used));
}

/* memory_get_peak_usage(bool $real_usage = false): int -- the most
 * memory_get_usage() could have said so far (real: the heap size). */
static void bi_memory_get_peak_usage(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    size_t used, heap;
    mp_gc_usage(&used, &heap);
    size_t *peak = mp_vm_mem_peak(vm);
    if (used > *peak) *peak = used;
    *ret = mp_v_int((int64_t)(argc > 0 && mp_to_bool(argv[0]) ? heap : *peak));
}

static void bi_memory_reset_peak_usage(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    size_t used, heap;
    mp_gc_usage(&used, &heap);
    *mp_vm_mem_peak(vm) = used;
}

/* set_time_limit(int $seconds): bool -- accepted and ignored (the CLI has
 * no limit by default; minphp enforces none). */
static void bi_set_time_limit(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_bool(1);
}

/* ---- logging and process facts ---- */

/* error_log(string $message, int $message_type = 0, ?string $destination = null,
 * ?string $additional_headers = null): bool -- type 0 and 4 go to stderr
 * (php-cli without error_log set), type 3 appends to the file; mail (1)
 * is not supported and fails. */
static void bi_error_log(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *msg = argv[0].u.s;
    int64_t type = argc > 1 && argv[1].type == MP_T_INT ? argv[1].u.i : 0;
    if (type == 3) {
        if (argc < 3 || argv[2].type == MP_T_NULL) { *ret = mp_v_bool(0); return; }
        mp_flush_output(vm);   /* the file may be our stdout */
        FILE *f = fopen(argv[2].u.s->data, "ab");
        if (!f) {
            mp_error(vm, MP_E_WARNING, "error_log(%s): Failed to open stream: No such file or directory", argv[2].u.s->data);
            *ret = mp_v_bool(0);
            return;
        }
        fwrite(msg->data, 1, msg->len, f);
        fclose(f);
        *ret = mp_v_bool(1);
        return;
    }
    if (type == 1) { *ret = mp_v_bool(0); return; }
    mp_flush_output(vm);
    fwrite(msg->data, 1, msg->len, stderr);
    fputc('\n', stderr);
    fflush(stderr);
    *ret = mp_v_bool(1);
}

/* sys_get_temp_dir(): string -- $TMPDIR without its trailing slash, else /tmp */
static void bi_sys_get_temp_dir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    const char *t = getenv("TMPDIR");
    if (t && *t) {
        size_t n = strlen(t);
        if (n > 1 && t[n - 1] == '/') n--;
        *ret = mp_v_str(mp_str_new(vm, t, n));
        return;
    }
    *ret = mp_v_str(mp_str_cstr(vm, "/tmp"));
}

static void bi_gethostname(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    char buf[256];
    if (gethostname(buf, sizeof buf) != 0) { *ret = mp_v_bool(0); return; }
    buf[sizeof buf - 1] = 0;
    *ret = mp_v_str(mp_str_cstr(vm, buf));
}

static void bi_getmypid(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_int((int64_t)getpid());
}

static void bi_getmyuid(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_int((int64_t)getuid());
}

static void bi_getmygid(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_int((int64_t)getgid());
}

/* php_ini_loaded_file() / php_ini_scanned_files(): false (as php -n) */
static void bi_false(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_bool(0);
}

static const mp_builtin rows[] = {
    { "cli_get_process_title", bi_cli_get_process_title, 0, 0, "", "" },
    { "cli_set_process_title", bi_cli_set_process_title, 1, 1, "s", "title" },
    { "connection_aborted", bi_zero, 0, 0, "", "" },
    { "connection_status", bi_zero, 0, 0, "", "" },
    { "error_log", bi_error_log, 1, 4, "si?s?s", "message message_type destination additional_headers", "0 null null" },
    { "extension_loaded", bi_extension_loaded, 1, 1, "s", "extension" },
    { "get_cfg_var", bi_false, 1, 1, "s", "option" },
    { "get_current_user", bi_get_current_user, 0, 0, "", "" },
    { "get_loaded_extensions", bi_get_loaded_extensions, 0, 1, "b", "zend_extensions", "false" },
    { "getenv", bi_getenv, 0, 2, "?sb", "name local_only", "null false" },
    { "gethostbyaddr", bi_gethostbyaddr, 1, 1, "s", "ip" },
    { "gethostbyname", bi_gethostbyname, 1, 1, "s", "hostname" },
    { "gethostbynamel", bi_gethostbynamel, 1, 1, "s", "hostname" },
    { "gethostname", bi_gethostname, 0, 0, "", "" },
    { "getmygid", bi_getmygid, 0, 0, "", "" },
    { "getmypid", bi_getmypid, 0, 0, "", "" },
    { "getmyuid", bi_getmyuid, 0, 0, "", "" },
    { "getprotobyname", bi_getprotobyname, 1, 1, "s", "protocol" },
    { "getprotobynumber", bi_getprotobynumber, 1, 1, "i", "protocol" },
    { "getrusage", bi_getrusage, 0, 1, "i", "mode", "0" },
    { "getservbyname", bi_getservbyname, 2, 2, "ss", "service protocol" },
    { "getservbyport", bi_getservbyport, 2, 2, "is", "port protocol" },
    { "gettimeofday", bi_gettimeofday, 0, 1, "b", "as_float", "false" },
    { "image_type_to_extension", bi_image_type_to_extension, 1, 2, "ib", "image_type include_dot", "true" },
    { "image_type_to_mime_type", bi_image_type_to_mime_type, 1, 1, "i", "image_type" },
    { "memory_get_peak_usage", bi_memory_get_peak_usage, 0, 1, "b", "real_usage", "false" },
    { "memory_get_usage", bi_memory_get_usage, 0, 1, "b", "real_usage", "false" },
    { "memory_reset_peak_usage", bi_memory_reset_peak_usage, 0, 0, "", "" },
    { "php_ini_loaded_file", bi_false, 0, 0, "", "" },
    { "php_ini_scanned_files", bi_false, 0, 0, "", "" },
    { "php_sapi_name", bi_php_sapi_name, 0, 0, "", "" },
    { "php_uname", bi_php_uname, 0, 1, "s", "mode", "'a'" },
    { "phpversion", bi_phpversion, 0, 1, "?s", "extension", "null" },
    { "putenv", bi_putenv, 1, 1, "s", "assignment" },
    { "set_time_limit", bi_set_time_limit, 1, 1, "i", "seconds" },
    { "sys_get_temp_dir", bi_sys_get_temp_dir, 0, 0, "", "" },
    { "sys_getloadavg", bi_sys_getloadavg, 0, 0, "", "" },
    { "time_nanosleep", bi_time_nanosleep, 2, 2, "ii", "seconds nanoseconds" },
    { "time_sleep_until", bi_time_sleep_until, 1, 1, "f", "timestamp" },
    { "version_compare", bi_version_compare, 2, 3, "ss?s", "version1 version2 operator", "null" },
    { "zend_version", bi_zend_version, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_runtime, rows);
