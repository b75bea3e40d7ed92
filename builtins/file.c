/* file.c - filesystem builtins that take paths: whole-file reads and writes
 * (file_get_contents, file_put_contents, file, readfile, copy), directory
 * and link operations, stat and its file* shorthands, scandir, glob,
 * tempnam, realpath, getcwd/chdir, fnmatch, umask. Streams are stream.c's.
 * Warning texts are php -n's, word for word. */
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <grp.h>
#include <pwd.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>
#include <time.h>
#include <utime.h>
#include "builtins.h"
#include "stream.h"
#include "../vm/vmapi.h"


/* Optional int argument I: DEF when absent or skipped by named arguments. */
static int64_t opt_int(int argc, const mp_val *argv, int i, int64_t def)
{
    return i < argc && argv[i].type == MP_T_INT ? argv[i].u.i : def;
}

enum {
    FILE_USE_INCLUDE_PATH = 1, FILE_IGNORE_NEW_LINES = 2, FILE_SKIP_EMPTY_LINES = 4,
    FILE_APPEND = 8, FILE_NO_DEFAULT_CONTEXT = 16, PHP_LOCK_EX = 2,
};

/* PHP's path parameters: a NUL byte is a ValueError naming the parameter. */
static void no_nul(mp_vm *vm, const char *fn, int argn, const char *name, const mp_str *s)
{
    if (memchr(s->data, '\0', s->len))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($%s) must not contain any null bytes", fn, argn, name);
}

/* A path opened as a stream: "Path cannot be empty" first, as php. */
static void stream_path(mp_vm *vm, const char *fn, const char *name, const mp_str *s)
{
    if (!s->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Path cannot be empty");
    no_nul(vm, fn, 1, name, s);
}

/* "fn(path): message", or "fn(): message" for an empty path (php's docref1). */
static void warn_path(mp_vm *vm, const char *fn, const mp_str *path, int e)
{
    if (path->len)
        mp_error(vm, MP_E_WARNING, "%s(%s): %s", fn, path->data, strerror(e));
    else
        mp_error(vm, MP_E_WARNING, "%s(): %s", fn, strerror(e));
}

mp_array *mp_stat_array(mp_vm *vm, const struct stat *sb)
{
    static const char *const names[13] = { "dev", "ino", "mode", "nlink", "uid", "gid", "rdev",
                                           "size", "atime", "mtime", "ctime", "blksize", "blocks" };
    int64_t v[13] = { (int64_t)sb->st_dev, (int64_t)sb->st_ino, (int64_t)sb->st_mode, (int64_t)sb->st_nlink,
                      (int64_t)sb->st_uid, (int64_t)sb->st_gid, (int64_t)sb->st_rdev, (int64_t)sb->st_size,
                      (int64_t)sb->st_atime, (int64_t)sb->st_mtime, (int64_t)sb->st_ctime,
                      (int64_t)sb->st_blksize, (int64_t)sb->st_blocks };
    mp_array *a = mp_array_new(vm, 26);
    for (int i = 0; i < 13; i++)
        mp_array_set_int(vm, a, i, mp_v_int(v[i]));
    for (int i = 0; i < 13; i++)
        mp_array_set_str(vm, a, names[i], strlen(names[i]), mp_v_int(v[i]));
    return a;
}

/* ---- whole files ---- */

/* file_get_contents(string $filename, bool $use_include_path = false, $context = null, int $offset = 0, ?int $length = null): string|false */
static void bi_file_get_contents(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    stream_path(vm, "file_get_contents", "filename", argv[0].u.s);
    int64_t off = opt_int(argc, argv, 3, 0);
    int64_t len = argc > 4 && argv[4].type == MP_T_INT ? argv[4].u.i : -1;
    if (argc > 4 && argv[4].type == MP_T_INT && len < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "file_get_contents(): Argument #5 ($length) must be greater than or equal to 0");
    mp_resource *r = mp_stream_open(vm, "file_get_contents", argv[0].u.s, "rb");
    if (!r) {
        *ret = mp_v_bool(0);
        return;
    }
    mp_stream *s = r->data;
    s->nobuf = 1;   /* as PHP: the whole file in one read() */
    if (off != 0 && mp_stream_seek(vm, s, off, off < 0 ? SEEK_END : SEEK_SET) != 0) {
        mp_error(vm, MP_E_WARNING, "file_get_contents(): Failed to seek to position %lld in the stream", (long long)off);
        mp_stream_close(vm, r);
        *ret = mp_v_bool(0);
        return;
    }
    mp_str *data = mp_stream_contents(vm, s, len);
    mp_stream_close(vm, r);
    *ret = mp_v_str(data);
}

/* file_put_contents(string $filename, mixed $data, int $flags = 0, $context = null): int|false */
static void bi_file_put_contents(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    stream_path(vm, "file_put_contents", "filename", argv[0].u.s);
    int64_t flags = opt_int(argc, argv, 2, 0);
    mp_val data = *mp_deref(&argv[1]);
    mp_stream *src = NULL;
    if (data.type == MP_T_RESOURCE)
        src = mp_stream_arg(vm, "file_put_contents", data);
    if ((flags & PHP_LOCK_EX) && strstr(argv[0].u.s->data, "://") && strncasecmp(argv[0].u.s->data, "file://", 7) != 0) {
        mp_error(vm, MP_E_WARNING, "file_put_contents(): Exclusive locks may only be set for regular files");
        *ret = mp_v_bool(0);
        return;
    }
    mp_resource *r = mp_stream_open(vm, "file_put_contents", argv[0].u.s, (flags & FILE_APPEND) ? "ab" : (flags & PHP_LOCK_EX) ? "cb" : "wb");
    if (!r) {
        *ret = mp_v_bool(0);
        return;
    }
    mp_stream *s = r->data;
    if (flags & PHP_LOCK_EX) {
        if (flock(s->fd, LOCK_EX) != 0) {
            mp_error(vm, MP_E_WARNING, "file_put_contents(): Exclusive locks are not supported for this stream");
            mp_stream_close(vm, r);
            *ret = mp_v_bool(0);
            return;
        }
        /* "cb" kept the old contents until the lock was ours */
        if (!(flags & FILE_APPEND) && ftruncate(s->fd, 0) != 0) {
            mp_error(vm, MP_E_WARNING, "file_put_contents(): %s", strerror(errno));
            mp_stream_close(vm, r);
            *ret = mp_v_bool(0);
            return;
        }
    }
    int64_t total = 0;
    int failed = 0;
    if (src) {
        mp_str *all = mp_stream_contents(vm, src, -1);
        if (all->len) total = mp_stream_write(vm, "file_put_contents", s, all->data, all->len);
    } else if (data.type == MP_T_ARRAY) {
        uint32_t pos = 0;
        mp_key k;
        mp_val *e;
        while (mp_array_next(data.u.a, &pos, &k, &e)) {
            mp_str *piece = mp_to_str(vm, *mp_deref(e));
            if (!piece->len) continue;
            int64_t w = mp_stream_write(vm, "file_put_contents", s, piece->data, piece->len);
            if (w != (int64_t)piece->len) {
                mp_error(vm, MP_E_WARNING, "Only %lld of %zu bytes written, possibly out of free disk space",
                         (long long)(w < 0 ? 0 : w), piece->len);
                failed = 1;
                break;
            }
            total += w;
        }
    } else {
        mp_str *str = data.type == MP_T_NULL ? mp_str_empty() : mp_to_str(vm, data);
        if (str->len) {
            total = mp_stream_write(vm, "file_put_contents", s, str->data, str->len);
            if (total != (int64_t)str->len) {
                mp_error(vm, MP_E_WARNING, "Only %lld of %zu bytes written, possibly out of free disk space",
                         (long long)(total < 0 ? 0 : total), str->len);
                failed = 1;
            }
        }
    }
    mp_stream_close(vm, r);
    *ret = failed || total < 0 ? mp_v_bool(0) : mp_v_int(total);
}

/* file(string $filename, int $flags = 0, $context = null): array|false */
static void bi_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    stream_path(vm, "file", "filename", argv[0].u.s);
    int64_t flags = opt_int(argc, argv, 1, 0);
    if (flags < 0 || flags > (FILE_USE_INCLUDE_PATH | FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES | FILE_NO_DEFAULT_CONTEXT))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "file(): Argument #2 ($flags) must be a valid flag value");
    mp_resource *r = mp_stream_open(vm, "file", argv[0].u.s, "rb");
    if (!r) {
        *ret = mp_v_bool(0);
        return;
    }
    mp_str *all = mp_stream_contents(vm, r->data, -1);
    mp_stream_close(vm, r);
    int keep_nl = !(flags & FILE_IGNORE_NEW_LINES), skip = (flags & FILE_SKIP_EMPTY_LINES) != 0;
    mp_array *a = mp_array_new(vm, 8);
    const char *p = all->data, *end = p + all->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        size_t n = (size_t)(stop - p);
        if (!keep_nl && nl) {
            n--;                                   /* the "\n" */
            if (n && p[n - 1] == '\r') n--;        /* and a "\r" before it */
        }
        if (!(skip && n == 0))
            mp_array_append(vm, a, mp_v_str(mp_str_new(vm, p, n)));
        p = stop;
    }
    *ret = mp_v_arr(a);
}

/* readfile(string $filename, bool $use_include_path = false, $context = null): int|false */
static void bi_readfile(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    stream_path(vm, "readfile", "filename", argv[0].u.s);
    mp_resource *r = mp_stream_open(vm, "readfile", argv[0].u.s, "rb");
    if (!r) {
        *ret = mp_v_bool(0);
        return;
    }
    char buf[8192];
    int64_t total = 0, k;
    while ((k = mp_stream_read(vm, r->data, buf, sizeof buf)) > 0) {
        mp_echo(vm, buf, (size_t)k);
        total += k;
    }
    mp_stream_close(vm, r);
    *ret = mp_v_int(total);
}

/* copy(string $from, string $to, $context = null): bool */
static void bi_copy(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *from = argv[0].u.s, *to = argv[1].u.s;
    stream_path(vm, "copy", "from", from);
    no_nul(vm, "copy", 2, "to", to);
    struct stat sb;
    if (stat(from->data, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        mp_error(vm, MP_E_WARNING, "copy(): The first argument to copy() function cannot be a directory");
        *ret = mp_v_bool(0);
        return;
    }
    struct stat tb;
    if (stat(from->data, &sb) == 0 && stat(to->data, &tb) == 0 && sb.st_dev == tb.st_dev && sb.st_ino == tb.st_ino) {
        *ret = mp_v_bool(0);   /* PHP refuses, silently, to copy a file onto itself */
        return;
    }
    mp_resource *in = mp_stream_open(vm, "copy", from, "rb");
    if (!in) {
        *ret = mp_v_bool(0);
        return;
    }
    if (!to->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Path cannot be empty");
    mp_resource *out = mp_stream_open(vm, "copy", to, "wb");
    if (!out) {
        mp_stream_close(vm, in);
        *ret = mp_v_bool(0);
        return;
    }
    char buf[8192];
    int64_t k;
    int ok = 1;
    while ((k = mp_stream_read(vm, in->data, buf, sizeof buf)) > 0)
        if (mp_stream_write(vm, "copy", out->data, buf, (size_t)k) != k) {
            ok = 0;
            break;
        }
    mp_stream_close(vm, in);
    mp_stream_close(vm, out);
    *ret = mp_v_bool(ok);
}

/* ---- names in directories ---- */

/* unlink(string $filename, $context = null): bool */
static void bi_unlink(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *p = argv[0].u.s;
    no_nul(vm, "unlink", 1, "filename", p);
    struct stat sb;
    if (p->len && stat(p->data, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        warn_path(vm, "unlink", p, EISDIR);   /* Linux says EISDIR; php checks first */
        *ret = mp_v_bool(0);
        return;
    }
    if (unlink(p->len ? p->data : "") != 0) {
        warn_path(vm, "unlink", p, errno);
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* rename(string $from, string $to, $context = null): bool */
static void bi_rename(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *from = argv[0].u.s, *to = argv[1].u.s;
    no_nul(vm, "rename", 1, "from", from);
    no_nul(vm, "rename", 2, "to", to);
    if (rename(from->data, to->data) != 0) {
        mp_error(vm, MP_E_WARNING, "rename(%s,%s): %s", from->data, to->data, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* mkdir(string $directory, int $permissions = 0777, bool $recursive = false, $context = null): bool */
static void bi_mkdir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *p = argv[0].u.s;
    no_nul(vm, "mkdir", 1, "directory", p);
    mode_t mode = (mode_t)opt_int(argc, argv, 1, 0777);
    int recursive = argc > 2 && argv[2].type == MP_T_TRUE;
    if (recursive && p->len) {
        struct stat sb;
        if (stat(p->data, &sb) == 0) {
            mp_error(vm, MP_E_WARNING, "mkdir(): File exists");
            *ret = mp_v_bool(0);
            return;
        }
        /* every missing parent, from the top; then the path itself */
        char *buf = mp_alloc_atomic(vm, p->len + 1);
        memcpy(buf, p->data, p->len + 1);
        size_t n = p->len;
        while (n > 1 && buf[n - 1] == '/')
            buf[--n] = '\0';
        for (char *q = buf + 1; *q; q++) {
            if (*q != '/') continue;
            *q = '\0';
            if (mkdir(buf, mode) != 0 && errno != EEXIST) {
                mp_error(vm, MP_E_WARNING, "mkdir(): %s", strerror(errno));
                *ret = mp_v_bool(0);
                return;
            }
            *q = '/';
        }
        if (mkdir(buf, mode) != 0) {
            mp_error(vm, MP_E_WARNING, "mkdir(): %s", strerror(errno));
            *ret = mp_v_bool(0);
            return;
        }
        *ret = mp_v_bool(1);
        return;
    }
    if (mkdir(p->data, mode) != 0) {
        mp_error(vm, MP_E_WARNING, "mkdir(): %s", strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* rmdir(string $directory, $context = null): bool */
static void bi_rmdir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *p = argv[0].u.s;
    no_nul(vm, "rmdir", 1, "directory", p);
    if (rmdir(p->data) != 0) {
        warn_path(vm, "rmdir", p, errno);
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* touch(string $filename, ?int $mtime = null, ?int $atime = null): bool */
static void bi_touch(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *p = argv[0].u.s;
    no_nul(vm, "touch", 1, "filename", p);
    if (argc > 2 && argv[2].type == MP_T_INT && !(argc > 1 && argv[1].type == MP_T_INT))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "touch(): Argument #2 ($mtime) cannot be null when argument #3 ($atime) is an integer");
    if (!p->len) {
        *ret = mp_v_bool(0);
        return;
    }
    if (access(p->data, F_OK) != 0) {
        int fd = open(p->data, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0) {
            mp_error(vm, MP_E_WARNING, "touch(): Unable to create file %s because %s", p->data, strerror(errno));
            *ret = mp_v_bool(0);
            return;
        }
        close(fd);
    }
    int have_m = argc > 1 && argv[1].type == MP_T_INT, have_a = argc > 2 && argv[2].type == MP_T_INT;
    struct utimbuf t;
    time_t now = time(NULL);
    t.modtime = have_m ? (time_t)argv[1].u.i : now;
    t.actime = have_a ? (time_t)argv[2].u.i : t.modtime;
    if (utime(p->data, &t) != 0) {
        mp_error(vm, MP_E_WARNING, "touch(): Utime failed: %s", strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* chmod(string $filename, int $permissions): bool */
static void bi_chmod(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    no_nul(vm, "chmod", 1, "filename", argv[0].u.s);
    if (chmod(argv[0].u.s->data, (mode_t)argv[1].u.i) != 0) {
        mp_error(vm, MP_E_WARNING, "chmod(): %s", strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* chown/chgrp/lchown/lchgrp(string $filename, string|int $user_or_group): bool */
static void owner_common(mp_vm *vm, const char *fn, mp_val *argv, mp_val *ret, int group, int nofollow)
{
    no_nul(vm, fn, 1, "filename", argv[0].u.s);
    mp_val who = *mp_deref(&argv[1]);
    int64_t id;
    if (who.type == MP_T_STRING) {
        if (group) {
            struct group *g = getgrnam(who.u.s->data);
            if (!g) {
                mp_error(vm, MP_E_WARNING, "%s(): Unable to find gid for %s", fn, who.u.s->data);
                *ret = mp_v_bool(0);
                return;
            }
            id = g->gr_gid;
        } else {
            struct passwd *pw = getpwnam(who.u.s->data);
            if (!pw) {
                mp_error(vm, MP_E_WARNING, "%s(): Unable to find uid for %s", fn, who.u.s->data);
                *ret = mp_v_bool(0);
                return;
            }
            id = pw->pw_uid;
        }
    } else {
        if (who.type == MP_T_FLOAT && who.u.d != (double)(int64_t)who.u.d) {
            char buf[64];
            mp_float_repr(who.u.d, buf);
            mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
        }
        id = mp_to_int(vm, who);
    }
    uid_t u = group ? (uid_t)-1 : (uid_t)id;
    gid_t g = group ? (gid_t)id : (gid_t)-1;
    const char *path = argv[0].u.s->data;
    if ((nofollow ? lchown(path, u, g) : chown(path, u, g)) != 0) {
        mp_error(vm, MP_E_WARNING, "%s(): %s", fn, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}
static void bi_chown(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; owner_common(vm, "chown", argv, ret, 0, 0); }
static void bi_chgrp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; owner_common(vm, "chgrp", argv, ret, 1, 0); }
static void bi_lchown(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; owner_common(vm, "lchown", argv, ret, 0, 1); }
static void bi_lchgrp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; owner_common(vm, "lchgrp", argv, ret, 1, 1); }

/* symlink(string $target, string $link): bool  /  link(...) */
static void link_common(mp_vm *vm, const char *fn, mp_val *argv, mp_val *ret, int soft)
{
    no_nul(vm, fn, 1, "target", argv[0].u.s);
    no_nul(vm, fn, 2, "link", argv[1].u.s);
    int r = soft ? symlink(argv[0].u.s->data, argv[1].u.s->data) : link(argv[0].u.s->data, argv[1].u.s->data);
    if (r != 0) {
        mp_error(vm, MP_E_WARNING, "%s(): %s", fn, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}
static void bi_symlink(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; link_common(vm, "symlink", argv, ret, 1); }
static void bi_link(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; link_common(vm, "link", argv, ret, 0); }

/* readlink(string $path): string|false */
static void bi_readlink(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    no_nul(vm, "readlink", 1, "path", argv[0].u.s);
    char buf[PATH_MAX];
    ssize_t n = readlink(argv[0].u.s->data, buf, sizeof buf - 1);
    if (n < 0) {
        mp_error(vm, MP_E_WARNING, "readlink(): %s", strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_str(mp_str_new(vm, buf, (size_t)n));
}

/* ---- stat ---- */

/* stat() or lstat() of a path argument; 0 with PHP's warning when it fails
 * (WARN 0: silently, as the is_* tests do). */
static int stat_path(mp_vm *vm, const char *fn, const mp_str *p, int link, int warn, struct stat *sb)
{
    if (memchr(p->data, '\0', p->len)) {
        if (warn)
            mp_error(vm, MP_E_WARNING, "%s(): Filename contains null byte", fn);
        return 0;
    }
    if (!p->len)
        return 0;
    if ((link ? lstat(p->data, sb) : stat(p->data, sb)) == 0)
        return 1;
    if (warn)
        mp_error(vm, MP_E_WARNING, "%s(): %stat failed for %s", fn, link ? "Ls" : "s", p->data);
    return 0;
}

static void bi_stat(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    struct stat sb;
    *ret = stat_path(vm, "stat", argv[0].u.s, 0, 1, &sb) ? mp_v_arr(mp_stat_array(vm, &sb)) : mp_v_bool(0);
}

static void bi_lstat(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    struct stat sb;
    *ret = stat_path(vm, "lstat", argv[0].u.s, 1, 1, &sb) ? mp_v_arr(mp_stat_array(vm, &sb)) : mp_v_bool(0);
}

/* The file* shorthands: one field of stat(). */
#define STAT_FIELD(name, expr) \
    static void bi_##name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) \
    { \
        (void)argc; \
        struct stat sb; \
        *ret = stat_path(vm, #name, argv[0].u.s, 0, 1, &sb) ? mp_v_int((int64_t)(expr)) : mp_v_bool(0); \
    }
STAT_FIELD(filesize, sb.st_size)
STAT_FIELD(filemtime, sb.st_mtime)
STAT_FIELD(fileatime, sb.st_atime)
STAT_FIELD(filectime, sb.st_ctime)
STAT_FIELD(fileperms, sb.st_mode)
STAT_FIELD(fileinode, sb.st_ino)
STAT_FIELD(fileowner, sb.st_uid)
STAT_FIELD(filegroup, sb.st_gid)

/* filetype(string $filename): string|false */
static void bi_filetype(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    struct stat sb;
    if (!stat_path(vm, "filetype", argv[0].u.s, 1, 1, &sb)) {
        *ret = mp_v_bool(0);
        return;
    }
    const char *t = S_ISLNK(sb.st_mode) ? "link" : S_ISDIR(sb.st_mode) ? "dir" : S_ISREG(sb.st_mode) ? "file"
                  : S_ISFIFO(sb.st_mode) ? "fifo" : S_ISCHR(sb.st_mode) ? "char" : S_ISBLK(sb.st_mode) ? "block"
                  : S_ISSOCK(sb.st_mode) ? "socket" : "unknown";
    *ret = mp_v_str(mp_str_cstr(vm, t));
}

/* The is_* tests and file_exists: false, silently, for any failure. */
static int quiet_stat(const mp_str *p, int link, struct stat *sb)
{
    if (!p->len || memchr(p->data, '\0', p->len))
        return 0;
    return (link ? lstat(p->data, sb) : stat(p->data, sb)) == 0;
}

static void bi_file_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    struct stat sb;
    *ret = mp_v_bool(quiet_stat(argv[0].u.s, 0, &sb));
}

static void bi_is_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    struct stat sb;
    *ret = mp_v_bool(quiet_stat(argv[0].u.s, 0, &sb) && S_ISREG(sb.st_mode));
}

static void bi_is_dir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    struct stat sb;
    *ret = mp_v_bool(quiet_stat(argv[0].u.s, 0, &sb) && S_ISDIR(sb.st_mode));
}

static void bi_is_link(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    struct stat sb;
    *ret = mp_v_bool(quiet_stat(argv[0].u.s, 1, &sb) && S_ISLNK(sb.st_mode));
}

static void access_test(mp_val *argv, mp_val *ret, int how)
{
    const mp_str *p = argv[0].u.s;
    *ret = mp_v_bool(p->len && !memchr(p->data, '\0', p->len) && access(p->data, how) == 0);
}
static void bi_is_readable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; access_test(argv, ret, R_OK); }
static void bi_is_writable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; access_test(argv, ret, W_OK); }

static void bi_is_executable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; access_test(argv, ret, X_OK); }

/* clearstatcache(bool $clear_realpath_cache = false, string $filename = ""): void
 * -- minphp caches no stat results. */
static void bi_clearstatcache(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv; (void)ret;
}

/* disk_free_space(string $directory): float|false, disk_total_space likewise */
static void disk_space(mp_vm *vm, const char *fn, mp_val *argv, mp_val *ret, int total)
{
    no_nul(vm, fn, 1, "directory", argv[0].u.s);
    struct statvfs v;
    if (statvfs(argv[0].u.s->data, &v) != 0) {
        mp_error(vm, MP_E_WARNING, "%s(): %s", fn, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_float((double)v.f_frsize * (double)(total ? v.f_blocks : v.f_bavail));
}
static void bi_disk_free_space(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; disk_space(vm, "disk_free_space", argv, ret, 0); }
static void bi_diskfreespace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; disk_space(vm, "diskfreespace", argv, ret, 0); }
static void bi_disk_total_space(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; disk_space(vm, "disk_total_space", argv, ret, 1); }

/* ---- directories ---- */

static int cmp_asc(const void *a, const void *b)
{
    const mp_str *x = *(mp_str *const *)a, *y = *(mp_str *const *)b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}
static int cmp_desc(const void *a, const void *b) { return cmp_asc(b, a); }

/* scandir(string $directory, int $sorting_order = SCANDIR_SORT_ASCENDING, $context = null): array|false */
static void bi_scandir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *p = argv[0].u.s;
    if (!p->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "scandir(): Argument #1 ($directory) cannot be empty");
    no_nul(vm, "scandir", 1, "directory", p);
    int64_t order = opt_int(argc, argv, 1, 0);
    DIR *d = opendir(p->data);
    if (!d) {
        int e = errno;
        mp_error(vm, MP_E_WARNING, "scandir(%s): Failed to open directory: %s", p->data, strerror(e));
        mp_error(vm, MP_E_WARNING, "scandir(): (errno %d): %s", e, strerror(e));
        *ret = mp_v_bool(0);
        return;
    }
    size_t n = 0, cap = 16;
    mp_str **names = mp_alloc(vm, cap * sizeof *names);
    struct dirent *de;
    while ((de = readdir(d))) {
        if (n == cap) {
            cap *= 2;
            names = mp_realloc(vm, names, cap * sizeof *names);
        }
        names[n++] = mp_str_cstr(vm, de->d_name);
    }
    closedir(d);
    if (order == 0)
        qsort(names, n, sizeof *names, cmp_asc);
    else if (order == 1)
        qsort(names, n, sizeof *names, cmp_desc);
    mp_array *a = mp_array_new(vm, (uint32_t)n);
    for (size_t i = 0; i < n; i++)
        mp_array_append(vm, a, mp_v_str(names[i]));
    *ret = mp_v_arr(a);
}

/* glob(string $pattern, int $flags = 0): array|false -- glob(3) with PHP's
 * flag values (the same as glibc's); GLOB_ONLYDIR is checked here. */
static void bi_glob(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *pat = argv[0].u.s;
    int64_t flags = opt_int(argc, argv, 1, 0);
    if (flags & ~(int64_t)(GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_NOCHECK | GLOB_NOESCAPE | GLOB_BRACE | GLOB_ONLYDIR)) {
        mp_error(vm, MP_E_WARNING, "glob(): At least one of the passed flags is invalid or not supported on this platform");
        *ret = mp_v_bool(0);
        return;
    }
    no_nul(vm, "glob", 1, "pattern", pat);
    glob_t g;
    memset(&g, 0, sizeof g);
    int r = glob(pat->data, (int)(flags & ~(int64_t)GLOB_ONLYDIR), NULL, &g);
    mp_array *a = mp_array_new(vm, 8);
    if (r == 0 || (r == GLOB_NOMATCH && g.gl_pathc)) {
        for (size_t i = 0; i < g.gl_pathc; i++) {
            const char *path = g.gl_pathv[i];
            if (flags & GLOB_ONLYDIR) {
                struct stat sb;
                if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode))
                    continue;
            }
            mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, path)));
        }
    } else if (r != GLOB_NOMATCH) {
        globfree(&g);
        *ret = mp_v_bool(0);
        return;
    }
    globfree(&g);
    *ret = mp_v_arr(a);
}

/* fnmatch(string $pattern, string $filename, int $flags = 0): bool */
static void bi_fnmatch(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t flags = opt_int(argc, argv, 2, 0);
    no_nul(vm, "fnmatch", 1, "pattern", argv[0].u.s);
    no_nul(vm, "fnmatch", 2, "filename", argv[1].u.s);
    if (argv[1].u.s->len >= PATH_MAX) {
        mp_error(vm, MP_E_WARNING, "fnmatch(): Filename exceeds the maximum allowed length of %d characters", PATH_MAX);
        *ret = mp_v_bool(0);
        return;
    }
    if (argv[0].u.s->len >= PATH_MAX) {
        mp_error(vm, MP_E_WARNING, "fnmatch(): Pattern exceeds the maximum allowed length of %d characters", PATH_MAX);
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(fnmatch(argv[0].u.s->data, argv[1].u.s->data, (int)flags) == 0);
}

/* tempnam(string $directory, string $prefix): string|false */
static void bi_tempnam(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *dir = argv[0].u.s, *prefix = argv[1].u.s;
    no_nul(vm, "tempnam", 1, "directory", dir);
    no_nul(vm, "tempnam", 2, "prefix", prefix);
    /* the prefix's last path component, at most 63 bytes */
    const char *pre = prefix->data;
    const char *slash = strrchr(pre, '/');
    if (slash) pre = slash + 1;
    size_t plen = strlen(pre);
    if (plen > 63) plen = 63;
    char path[PATH_MAX + 80];
    struct stat sb;
    int fallback = !dir->len || stat(dir->data, &sb) != 0 || !S_ISDIR(sb.st_mode);
    char real[PATH_MAX];
    const char *base = NULL;
    if (!fallback && realpath(dir->data, real))
        base = real;
    if (!base) {
        const char *t = getenv("TMPDIR");
        base = t && *t ? t : "/tmp";
        fallback = 1;
    }
    size_t bl = strlen(base);
    while (bl > 1 && base[bl - 1] == '/') bl--;
    snprintf(path, sizeof path, "%.*s/%.*sXXXXXX", (int)bl, base, (int)plen, pre);
    int fd = mkstemp(path);
    if (fd < 0) {
        *ret = mp_v_bool(0);
        return;
    }
    close(fd);
    if (fallback)
        mp_error(vm, MP_E_NOTICE, "tempnam(): file created in the system's temporary directory");
    *ret = mp_v_str(mp_str_cstr(vm, path));
}

/* realpath(string $path): string|false */
static void bi_realpath(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *p = argv[0].u.s;
    no_nul(vm, "realpath", 1, "path", p);
    char buf[PATH_MAX];
    if (!realpath(p->len ? p->data : ".", buf)) {
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_str(mp_str_cstr(vm, buf));
}

/* getcwd(): string|false */
static void bi_getcwd(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    char buf[PATH_MAX];
    *ret = getcwd(buf, sizeof buf) ? mp_v_str(mp_str_cstr(vm, buf)) : mp_v_bool(0);
}

/* chdir(string $directory): bool -- NOTE: the process's directory, shared
 * by every VM of the process (as PHP's CLI; ZTS PHP keeps one per thread). */
static void bi_chdir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    no_nul(vm, "chdir", 1, "directory", argv[0].u.s);
    if (chdir(argv[0].u.s->data) != 0) {
        int e = errno;
        mp_error(vm, MP_E_WARNING, "chdir(): %s (errno %d)", strerror(e), e);
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* umask(?int $mask = null): int */
static void bi_umask(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm;
    mode_t old;
    if (argc > 0 && argv[0].type == MP_T_INT) {
        old = umask((mode_t)(argv[0].u.i & 0777));
    } else {
        old = umask(0);
        umask(old);
    }
    *ret = mp_v_int((int64_t)old);
}

/* is_uploaded_file / move_uploaded_file: there are no uploads here. */
static void bi_is_uploaded_file(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_bool(0);
}

static const mp_builtin rows[] = {
    { "chdir", bi_chdir, 1, 1, "s", "directory" },
    { "chgrp", bi_chgrp, 2, 2, "sz", "filename group" },
    { "chmod", bi_chmod, 2, 2, "si", "filename permissions" },
    { "chown", bi_chown, 2, 2, "sz", "filename user" },
    { "clearstatcache", bi_clearstatcache, 0, 2, "bs", "clear_realpath_cache filename", "false ''" },
    { "copy", bi_copy, 2, 3, "ss?r", "from to context", "null" },
    { "disk_free_space", bi_disk_free_space, 1, 1, "s", "directory" },
    { "disk_total_space", bi_disk_total_space, 1, 1, "s", "directory" },
    { "diskfreespace", bi_diskfreespace, 1, 1, "s", "directory" },
    { "file", bi_file, 1, 3, "si?r", "filename flags context", "0 null" },
    { "file_exists", bi_file_exists, 1, 1, "s", "filename" },
    { "file_get_contents", bi_file_get_contents, 1, 5, "sb?ri?i", "filename use_include_path context offset length", "false null 0 null" },
    { "file_put_contents", bi_file_put_contents, 2, 4, "szi?r", "filename data flags context", "0 null" },
    { "fileatime", bi_fileatime, 1, 1, "s", "filename" },
    { "filectime", bi_filectime, 1, 1, "s", "filename" },
    { "filegroup", bi_filegroup, 1, 1, "s", "filename" },
    { "fileinode", bi_fileinode, 1, 1, "s", "filename" },
    { "filemtime", bi_filemtime, 1, 1, "s", "filename" },
    { "fileowner", bi_fileowner, 1, 1, "s", "filename" },
    { "fileperms", bi_fileperms, 1, 1, "s", "filename" },
    { "filesize", bi_filesize, 1, 1, "s", "filename" },
    { "filetype", bi_filetype, 1, 1, "s", "filename" },
    { "fnmatch", bi_fnmatch, 2, 3, "ssi", "pattern filename flags", "0" },
    { "getcwd", bi_getcwd, 0, 0, "", "" },
    { "glob", bi_glob, 1, 2, "si", "pattern flags", "0" },
    { "is_dir", bi_is_dir, 1, 1, "s", "filename" },
    { "is_executable", bi_is_executable, 1, 1, "s", "filename" },
    { "is_file", bi_is_file, 1, 1, "s", "filename" },
    { "is_link", bi_is_link, 1, 1, "s", "filename" },
    { "is_readable", bi_is_readable, 1, 1, "s", "filename" },
    { "is_uploaded_file", bi_is_uploaded_file, 1, 1, "s", "filename" },
    { "is_writable", bi_is_writable, 1, 1, "s", "filename" },
    { "is_writeable", bi_is_writable, 1, 1, "s", "filename" },
    { "lchgrp", bi_lchgrp, 2, 2, "sz", "filename group" },
    { "lchown", bi_lchown, 2, 2, "sz", "filename user" },
    { "link", bi_link, 2, 2, "ss", "target link" },
    { "lstat", bi_lstat, 1, 1, "s", "filename" },
    { "mkdir", bi_mkdir, 1, 4, "sib?r", "directory permissions recursive context", "511 false null" },
    { "move_uploaded_file", bi_is_uploaded_file, 2, 2, "ss", "from to" },
    { "readfile", bi_readfile, 1, 3, "sb?r", "filename use_include_path context", "false null" },
    { "readlink", bi_readlink, 1, 1, "s", "path" },
    { "realpath", bi_realpath, 1, 1, "s", "path" },
    { "rename", bi_rename, 2, 3, "ss?r", "from to context", "null" },
    { "rmdir", bi_rmdir, 1, 2, "s?r", "directory context", "null" },
    { "scandir", bi_scandir, 1, 3, "si?r", "directory sorting_order context", "SCANDIR_SORT_ASCENDING null" },
    { "stat", bi_stat, 1, 1, "s", "filename" },
    { "symlink", bi_symlink, 2, 2, "ss", "target link" },
    { "tempnam", bi_tempnam, 2, 2, "ss", "directory prefix" },
    { "touch", bi_touch, 1, 3, "s?i?i", "filename mtime atime", "null null" },
    { "umask", bi_umask, 0, 1, "?i", "mask", "null" },
    { "unlink", bi_unlink, 1, 2, "s?r", "filename context", "null" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_file, rows);
