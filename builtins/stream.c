/* stream.c - stream resources and the builtins on them: fopen and the
 * f* family, php:// wrappers (stdin, stdout, stderr, output, input, memory,
 * temp), STDIN/STDOUT/STDERR, directory handles, CSV lines, fprintf.
 * Plain files are raw descriptors with PHP's 8 KiB read buffer and
 * unbuffered writes, so what a script wrote is in the file at once (PHP
 * closes a stream the moment its last reference goes; minphp's collector
 * may close it much later). Must not keep GC pointers in mp_stream. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "builtins.h"
#include "stream.h"
#include "strutil.h"
#include "../vm/vmapi.h"


/* Optional int argument I: DEF when absent or skipped by named arguments. */
static int64_t opt_int(int argc, const mp_val *argv, int i, int64_t def)
{
    return i < argc && argv[i].type == MP_T_INT ? argv[i].u.i : def;
}

enum { CHUNK = 8192, OWNER_RESOURCE = 1, OWNER_LIST = 2 };

/* The VM's stream state (GC-allocated, reachable from the VM). */
struct mp_streams {
    mp_stream   *head;       /* every stream not yet known to be released */
    int          count;      /* streams in the list */
    int          prune_at;   /* count at which released ones are dropped */
    mp_resource *std[3];     /* STDIN, STDOUT, STDERR, made on first use */
    mp_resource *last_dir;   /* readdir() without an argument */
    const char  *fn;         /* the builtin using a stream now (for read notices) */
};

static struct mp_streams *streams_of(mp_vm *vm)
{
    struct mp_streams **sp = mp_vm_streams(vm);
    if (!*sp) {
        *sp = mp_alloc(vm, sizeof **sp);
        (*sp)->prune_at = 32;
    }
    return *sp;
}

/* ---- life cycle ---- */

/* Give back the descriptor, directory or memory; once, from whichever
 * thread gets here first (fclose, the finalizer, VM shutdown). */
static void stream_release(mp_stream *s)
{
    if (__atomic_exchange_n(&s->closed, 1, __ATOMIC_ACQ_REL))
        return;
    switch (s->kind) {
    case MP_STREAM_FILE:
        if (s->own_fd && s->fd >= 0)
            close(s->fd);
        free(s->rbuf);
        s->rbuf = NULL;
        break;
    case MP_STREAM_MEMORY:
        if (!s->mem_borrowed)
            free(s->mem);
        s->mem = NULL;
        break;
    case MP_STREAM_DIR:
        if (s->dir)
            closedir(s->dir);
        s->dir = NULL;
        break;
    case MP_STREAM_OUTPUT:
        break;
    }
}

static void stream_disown(mp_stream *s, int owner)
{
    if (__atomic_and_fetch(&s->owners, ~owner, __ATOMIC_ACQ_REL) == 0) {
        free(s->uri);
        free(s);
    }
}

/* The resource became garbage: PHP would have closed it long ago. */
static void stream_finalize(void *obj, void *data)
{
    (void)obj;
    mp_stream *s = data;
    stream_release(s);
    stream_disown(s, OWNER_RESOURCE);
}

static void kind_close(mp_vm *vm, mp_resource *r)
{
    (void)vm;
    stream_release(r->data);
}

static const mp_resource_kind stream_kind = { "stream", kind_close };

/* Drop the released streams from the VM's list (it only grows otherwise). */
static void streams_prune(struct mp_streams *st)
{
    mp_stream **pp = &st->head;
    while (*pp) {
        mp_stream *s = *pp;
        if (__atomic_load_n(&s->closed, __ATOMIC_ACQUIRE)) {
            *pp = s->next;
            st->count--;
            stream_disown(s, OWNER_LIST);
        } else {
            pp = &s->next;
        }
    }
    st->prune_at = st->count * 2 > 32 ? st->count * 2 : 32;
}

void mp_streams_free(mp_vm *vm, struct mp_streams *st)
{
    (void)vm;
    if (!st)
        return;
    mp_stream *s = st->head;
    while (s) {
        mp_stream *next = s->next;
        stream_release(s);
        stream_disown(s, OWNER_LIST);
        s = next;
    }
    st->head = NULL;
    st->count = 0;
}

static mp_stream *stream_new(mp_stream_kind kind, const char *mode, const char *uri)
{
    mp_stream *s = calloc(1, sizeof *s);
    if (!s) {
        fprintf(stderr, "minphp: out of memory\n");
        abort();
    }
    s->kind = kind;
    s->fd = -1;
    snprintf(s->mode, sizeof s->mode, "%s", mode);
    s->uri = strdup(uri);
    s->owners = OWNER_RESOURCE | OWNER_LIST;
    return s;
}

/* A resource for S with id ID (0 = the VM's next), listed and finalized. */
static mp_resource *stream_resource(mp_vm *vm, mp_stream *s, int64_t id)
{
    struct mp_streams *st = streams_of(vm);
    if (st->count >= st->prune_at)
        streams_prune(st);
    s->next = st->head;
    st->head = s;
    st->count++;
    mp_resource *r;
    if (id) {
        r = mp_alloc(vm, sizeof *r);
        r->id = id;
        r->kind = &stream_kind;
        r->data = s;
    } else {
        r = mp_resource_new(vm, &stream_kind, s);
    }
    mp_gc_finalizer(r, stream_finalize, s);
    return r;
}

void mp_stream_close(mp_vm *vm, mp_resource *r)
{
    mp_resource_close(vm, r);
}

/* Mode flags as PHP reads an fopen mode: the first letter and a '+'. */
static int parse_mode(const char *mode, int *flags, int *rd, int *wr)
{
    int f;
    switch (mode[0]) {
    case 'r': f = 0; break;
    case 'w': f = O_TRUNC | O_CREAT; break;
    case 'a': f = O_CREAT | O_APPEND; break;
    case 'x': f = O_CREAT | O_EXCL; break;
    case 'c': f = O_CREAT; break;
    default: return 0;
    }
    int plus = strchr(mode, '+') != NULL;
    *rd = plus || mode[0] == 'r';
    *wr = plus || mode[0] != 'r';
    f |= plus ? O_RDWR : mode[0] == 'r' ? O_RDONLY : O_WRONLY;
    *flags = f;
    return 1;
}

static void fd_setup(mp_stream *s, int fd, const char *mode)
{
    int flags, rd = 1, wr = 1;
    s->fd = fd;
    s->own_fd = 1;
    if (parse_mode(mode, &flags, &rd, &wr)) {
        s->can_read = rd;
        s->can_write = wr;
        s->append = mode[0] == 'a';
    } else {
        s->can_read = s->can_write = 1;
    }
    /* as PHP: pipes and character devices (ttys, /dev/null) do not seek */
    struct stat sb;
    off_t at = lseek(fd, 0, SEEK_CUR);
    s->seekable = at >= 0 && fstat(fd, &sb) == 0 && !S_ISFIFO(sb.st_mode) && !S_ISCHR(sb.st_mode);
    s->pos = s->seekable ? at : -1;   /* PHP's position of an unseekable stream (ftell: false) */
    s->wrapper = "plainfile";
    s->type = "STDIO";
}

mp_resource *mp_stream_from_fd(mp_vm *vm, int fd, const char *mode, const char *uri)
{
    mp_stream *s = stream_new(MP_STREAM_FILE, mode, uri);
    fd_setup(s, fd, mode);
    return stream_resource(vm, s, 0);
}

mp_resource *mp_stream_from_dir(mp_vm *vm, DIR *d, const char *uri)
{
    mp_stream *s = stream_new(MP_STREAM_DIR, "r", uri);
    s->dir = d;
    s->can_read = 1;
    s->seekable = 1;
    s->wrapper = "plainfile";
    s->type = "dir";
    return stream_resource(vm, s, 0);
}

/* The resource behind STDIN (0), STDOUT (1), STDERR (2): ids 1-3. */
static mp_resource *std_stream(mp_vm *vm, int fd)
{
    struct mp_streams *st = streams_of(vm);
    if (!st->std[fd]) {
        static const char *const uris[] = { "php://stdin", "php://stdout", "php://stderr" };
        mp_stream *s = stream_new(MP_STREAM_FILE, fd ? "wb" : "rb", uris[fd]);
        fd_setup(s, fd, fd ? "wb" : "rb");
        /* the process's descriptors stay open: the host may need them */
        s->own_fd = 0;
        s->std = 1;
        s->wrapper = "PHP";
        st->std[fd] = stream_resource(vm, s, fd + 1);
    }
    return st->std[fd];
}

int mp_stream_std_constant(mp_vm *vm, const char *name, size_t len, mp_val *out)
{
    int fd;
    if (len == 5 && memcmp(name, "STDIN", 5) == 0) fd = 0;
    else if (len == 6 && memcmp(name, "STDOUT", 6) == 0) fd = 1;
    else if (len == 6 && memcmp(name, "STDERR", 6) == 0) fd = 2;
    else return 0;
    *out = mp_v_res(std_stream(vm, fd));
    return 1;
}

const char *mp_stream_strerror(int e)
{
    return strerror(e);
}

/* A php:// URL (after "php://"): NULL with a warning for unknown ones. */
static mp_resource *open_php_url(mp_vm *vm, const char *fn, const mp_str *path, const char *what, const char *mode)
{
    mp_stream *s = NULL;
    if (strcasecmp(what, "stdin") == 0 || strcasecmp(what, "stdout") == 0 || strcasecmp(what, "stderr") == 0) {
        int fd = strcasecmp(what, "stdin") == 0 ? 0 : strcasecmp(what, "stdout") == 0 ? 1 : 2;
        int nfd = dup(fd);
        if (nfd < 0) {
            mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: %s", fn, path->data, strerror(errno));
            return NULL;
        }
        static const char *const uris[] = { "php://stdin", "php://stdout", "php://stderr" };
        s = stream_new(MP_STREAM_FILE, mode, uris[fd]);
        fd_setup(s, nfd, mode);
        s->std = 1;
        s->wrapper = "PHP";
        return stream_resource(vm, s, 0);
    }
    int memory = strcasecmp(what, "memory") == 0;
    int temp = strncasecmp(what, "temp", 4) == 0 && (what[4] == '\0' || what[4] == '/');
    if (memory || temp) {
        /* PHP's rule: an 'a' appends, 'w' or '+' read-write, else read-only */
        int append = strchr(mode, 'a') != NULL;
        int rw = append || strpbrk(mode, "w+") != NULL;
        s = stream_new(MP_STREAM_MEMORY, append ? "a+b" : rw ? "w+b" : "rb", path->data);
        s->can_read = 1;
        s->can_write = rw;
        s->append = append;
        s->seekable = 1;
        s->wrapper = "PHP";
        s->type = memory ? "MEMORY" : "TEMP";
        return stream_resource(vm, s, 0);
    }
    if (strcasecmp(what, "output") == 0) {
        s = stream_new(MP_STREAM_OUTPUT, "wb", "php://output");
        s->can_write = 1;
        s->wrapper = "PHP";
        s->type = "Output";
        return stream_resource(vm, s, 0);
    }
    if (strcasecmp(what, "input") == 0) {
        s = stream_new(MP_STREAM_MEMORY, "rb", "php://input");
        const char *data;
        size_t len;
        mp_vm_input(vm, &data, &len);
        s->mem = (char *)data;
        s->mlen = len;
        s->mem_borrowed = 1;
        s->can_read = 1;
        s->seekable = 1;
        s->wrapper = "PHP";
        s->type = "Input";
        return stream_resource(vm, s, 0);
    }
    mp_error(vm, MP_E_WARNING, "%s(): Invalid php:// URL specified", fn);
    mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: operation failed", fn, path->data);
    return NULL;
}

mp_resource *mp_stream_open(mp_vm *vm, const char *fn, const mp_str *path, const char *mode)
{
    const char *p = path->data;
    streams_of(vm)->fn = fn;
    if (strncasecmp(p, "php://", 6) == 0)
        return open_php_url(vm, fn, path, p + 6, mode);
    if (strncasecmp(p, "file://", 7) == 0) {
        p += 7;
    } else {
        /* another scheme: php says it has no such wrapper, then tries a plain file */
        size_t n = 0;
        while (p[n] && (mp_isalpha((unsigned char)p[n]) || mp_isdigit((unsigned char)p[n]) || p[n] == '+' || p[n] == '-' || p[n] == '.'))
            n++;
        if (n && strncmp(p + n, "://", 3) == 0)
            mp_error(vm, MP_E_WARNING, "%s(): Unable to find the wrapper \"%.*s\" - did you forget to enable it when you configured PHP?", fn, (int)n, p);
    }
    int flags, rd, wr;
    if (!parse_mode(mode, &flags, &rd, &wr)) {
        mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: `%s' is not a valid mode for fopen", fn, path->data, mode);
        return NULL;
    }
    int fd = open(p, flags | O_CLOEXEC, 0666);
    if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
        /* out of descriptors: PHP would have closed the unreachable streams already */
        mp_gc_finalize_now();
        fd = open(p, flags | O_CLOEXEC, 0666);
    }
    if (fd < 0) {
        mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: %s", fn, path->data, strerror(errno));
        return NULL;
    }
    struct stat sb;
    if (wr && fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        close(fd);
        mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: %s", fn, path->data, strerror(EISDIR));
        return NULL;
    }
    return mp_stream_from_fd(vm, fd, mode, path->data);
}

mp_stream *mp_stream_arg(mp_vm *vm, const char *fn, mp_val arg)
{
    mp_resource *r = arg.u.res;
    if (!r->kind || r->kind != &stream_kind)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): supplied resource is not a valid stream resource", fn);
    streams_of(vm)->fn = fn;
    return r->data;
}

/* ---- reading and writing ---- */

static void read_failed(mp_vm *vm, size_t n, int e)
{
    mp_error(vm, MP_E_NOTICE, "%s(): Read of %zu bytes failed with errno=%d %s", streams_of(vm)->fn, n, e, strerror(e));
}

/* Refill an empty read buffer: bytes now buffered, 0 at the end, -1 on error. */
static int64_t fill(mp_vm *vm, mp_stream *s)
{
    if (s->kind != MP_STREAM_FILE)
        return -1;
    if (!s->rbuf) {
        s->rbuf = malloc(CHUNK);
        if (!s->rbuf) abort();
    }
    if (s->std)
        mp_flush_output(vm);   /* an interactive prompt shows before the read */
    ssize_t n;
    do n = read(s->fd, s->rbuf, CHUNK); while (n < 0 && errno == EINTR);
    if (n < 0) {
        read_failed(vm, CHUNK, errno);
        return -1;
    }
    s->rstart = 0;
    s->rend = (size_t)n;
    if (n == 0)
        s->eof = 1;
    return n;
}

/* One read: what the buffer or one system call gives. */
static int64_t read_once(mp_vm *vm, mp_stream *s, char *buf, size_t n)
{
    switch (s->kind) {
    case MP_STREAM_MEMORY: {
        if (s->pos < 0 || (size_t)s->pos >= s->mlen) {
            s->eof = 1;
            return 0;
        }
        size_t k = s->mlen - (size_t)s->pos;
        if (k > n) k = n;
        memcpy(buf, s->mem + s->pos, k);
        s->pos += (int64_t)k;
        return (int64_t)k;
    }
    case MP_STREAM_FILE: {
        if (s->rstart == s->rend) {
            if (n >= CHUNK) {
                /* a big read goes straight to the caller */
                if (s->std)
                    mp_flush_output(vm);
                ssize_t k;
                do k = read(s->fd, buf, n); while (k < 0 && errno == EINTR);
                if (k < 0) {
                    read_failed(vm, n, errno);
                    return -1;
                }
                if (k == 0) s->eof = 1;
                s->pos += k;
                return k;
            }
            int64_t got = fill(vm, s);
            if (got <= 0)
                return got;
        }
        size_t k = s->rend - s->rstart;
        if (k > n) k = n;
        memcpy(buf, s->rbuf + s->rstart, k);
        s->rstart += k;
        s->pos += (int64_t)k;
        return (int64_t)k;
    }
    case MP_STREAM_OUTPUT:
        s->eof = 1;   /* php://output reads nothing, and says it is at the end */
        return -1;
    default:
        return -1;
    }
}

/* As PHP: plain files and memory streams read until N bytes or the end
 * (so a short read sets eof); pipes and ttys return what one read gives. */
int64_t mp_stream_read(mp_vm *vm, mp_stream *s, char *buf, size_t n)
{
    int64_t done = 0;
    while (n > 0) {
        int64_t k = read_once(vm, s, buf + done, n);
        if (k < 0)
            return done ? done : -1;
        if (k == 0)
            break;
        done += k;
        n -= (size_t)k;
        if (s->std)
            break;
    }
    return done;
}

int64_t mp_stream_write(mp_vm *vm, const char *fn, mp_stream *s, const char *buf, size_t n)
{
    switch (s->kind) {
    case MP_STREAM_OUTPUT:
        mp_echo(vm, buf, n);
        s->pos += (int64_t)n;
        return (int64_t)n;
    case MP_STREAM_MEMORY: {
        if (!s->can_write)
            return -1;
        if (s->append)
            s->pos = (int64_t)s->mlen;
        size_t end = (size_t)s->pos + n;
        if (end > s->mcap) {
            size_t cap = s->mcap ? s->mcap : 64;
            while (cap < end) cap *= 2;
            char *m = realloc(s->mem, cap);
            if (!m) abort();
            s->mem = m;
            s->mcap = cap;
        }
        if ((size_t)s->pos > s->mlen)
            memset(s->mem + s->mlen, 0, (size_t)s->pos - s->mlen);
        memcpy(s->mem + s->pos, buf, n);
        s->pos = (int64_t)end;
        if (end > s->mlen) s->mlen = end;
        return (int64_t)n;
    }
    case MP_STREAM_FILE: {
        /* written data goes where the script is, not where the read-ahead left the descriptor */
        if (s->rstart != s->rend && s->seekable)
            lseek(s->fd, s->pos, SEEK_SET);
        s->rstart = s->rend = 0;
        if (s->std)
            mp_flush_output(vm);   /* echo's output first: php's CLI output is unbuffered */
        size_t done = 0;
        while (done < n) {
            ssize_t k = write(s->fd, buf + done, n - done);
            if (k < 0 && errno == EINTR) continue;
            if (k < 0) {
                mp_error(vm, MP_E_NOTICE, "%s(): Write of %zu bytes failed with errno=%d %s", fn, n, errno, strerror(errno));
                if (!done) return -1;
                break;
            }
            done += (size_t)k;
        }
        if (s->seekable)
            s->pos += (int64_t)done;   /* a pipe's position stays unknown */
        return (int64_t)done;
    }
    case MP_STREAM_DIR:
        mp_error(vm, MP_E_NOTICE, "%s(): Stream is not writable", fn);
        return -1;
    }
    return -1;
}

mp_str *mp_stream_gets(mp_vm *vm, mp_stream *s, size_t maxlen)
{
    mp_buf b;
    mp_buf_init(&b, vm);
    int any = 0;
    for (;;) {
        if (maxlen && b.len >= maxlen)
            break;
        size_t room = maxlen ? maxlen - b.len : SIZE_MAX;
        /* as PHP, a line read stops at a known end without reading again
         * (fread and fgetc try again; only a seek clears the flag) */
        int empty = s->kind == MP_STREAM_FILE ? s->rstart == s->rend : 1;
        if (empty && s->eof)
            break;
        if (s->kind == MP_STREAM_MEMORY) {
            if (s->pos < 0 || (size_t)s->pos >= s->mlen) {
                s->eof = 1;
                break;
            }
            const char *p = s->mem + s->pos;
            size_t avail = s->mlen - (size_t)s->pos;
            if (avail > room) avail = room;
            const char *nl = memchr(p, '\n', avail);
            size_t k = nl ? (size_t)(nl - p) + 1 : avail;
            mp_buf_add(&b, p, k);
            s->pos += (int64_t)k;
            any = 1;
            if (nl) break;
            continue;
        }
        if (s->kind != MP_STREAM_FILE)
            return NULL;
        if (s->rstart == s->rend) {
            int64_t got = fill(vm, s);
            if (got <= 0)
                break;
        }
        const char *p = s->rbuf + s->rstart;
        size_t avail = s->rend - s->rstart;
        if (avail > room) avail = room;
        const char *nl = memchr(p, '\n', avail);
        size_t k = nl ? (size_t)(nl - p) + 1 : avail;
        mp_buf_add(&b, p, k);
        s->rstart += k;
        s->pos += (int64_t)k;
        any = 1;
        if (nl) break;
    }
    if (!any)
        return NULL;
    return mp_buf_finish(&b);
}

mp_str *mp_stream_contents(mp_vm *vm, mp_stream *s, int64_t maxlen)
{
    mp_buf b;
    mp_buf_init(&b, vm);
    size_t want = CHUNK;
    if (s->kind == MP_STREAM_FILE && s->rstart == s->rend) {
        struct stat sb;
        if (fstat(s->fd, &sb) == 0 && sb.st_size > 0)
            want = (size_t)sb.st_size + CHUNK;   /* PHP's first read: the size and a chunk */
    }
    char *tmp = malloc(want);
    if (!tmp) abort();
    while (maxlen < 0 || (int64_t)b.len < maxlen) {
        size_t n = want;
        if (maxlen >= 0 && (int64_t)n > maxlen - (int64_t)b.len)
            n = (size_t)(maxlen - (int64_t)b.len);
        int64_t k = mp_stream_read(vm, s, tmp, n);
        if (k <= 0)
            break;
        mp_buf_add(&b, tmp, (size_t)k);
    }
    free(tmp);
    return mp_buf_finish(&b);
}

int mp_stream_seek(mp_vm *vm, mp_stream *s, int64_t off, int whence)
{
    switch (s->kind) {
    case MP_STREAM_MEMORY: {
        int64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? s->pos : (int64_t)s->mlen;
        int64_t to = base + off;
        if (to < 0 || to > (int64_t)s->mlen)
            return -1;
        s->pos = to;
        s->eof = 0;
        return 0;
    }
    case MP_STREAM_FILE: {
        if (!s->seekable) {
            mp_error(vm, MP_E_WARNING, "%s(): Stream does not support seeking", streams_of(vm)->fn);
            return -1;
        }
        if (whence == SEEK_CUR) {
            off += s->pos;
            whence = SEEK_SET;
        }
        off_t to = lseek(s->fd, off, whence);
        /* PHP drops its read buffer even when the seek fails: the next read
         * goes on from where the descriptor is, ahead of ftell() */
        s->rstart = s->rend = 0;
        if (to < 0)
            return -1;
        s->rstart = s->rend = 0;
        s->pos = to;
        s->eof = 0;
        return 0;
    }
    default:
        return -1;
    }
}

/* ---- builtins ---- */

static int has_nul(const mp_str *s)
{
    return memchr(s->data, '\0', s->len) != NULL;
}

/* fopen(string $filename, string $mode, bool $use_include_path = false, $context = null) */
static void bi_fopen(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *path = argv[0].u.s;
    if (!path->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Path cannot be empty");
    if (has_nul(path))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "fopen(): Argument #1 ($filename) must not contain any null bytes");
    mp_resource *r = mp_stream_open(vm, "fopen", path, argv[1].u.s->data);
    *ret = r ? mp_v_res(r) : mp_v_bool(0);
}

/* tmpfile(): resource|false -- removed from the directory at once; it goes
 * away with its descriptor. */
static void bi_tmpfile(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    const char *dir = getenv("TMPDIR");
    char path[4096];
    size_t dl = dir && *dir ? strlen(dir) : 0;
    while (dl > 1 && dir[dl - 1] == '/') dl--;
    snprintf(path, sizeof path, "%.*s/phpXXXXXX", dl ? (int)dl : 4, dl ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) {
        *ret = mp_v_bool(0);
        return;
    }
    unlink(path);
    *ret = mp_v_res(mp_stream_from_fd(vm, fd, "r+b", path));
}

/* fclose($stream): bool */
static void bi_fclose(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "fclose", argv[0]);
    if (s->kind == MP_STREAM_DIR) {
        /* PHP: a directory handle is closed with closedir() only */
        mp_error(vm, MP_E_WARNING, "fclose(): %lld is not a valid stream resource", (long long)argv[0].u.res->id);
        *ret = mp_v_bool(0);
        return;
    }
    mp_resource_close(vm, argv[0].u.res);
    *ret = mp_v_bool(1);
}

/* fread($stream, int $length): string|false */
static void bi_fread(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "fread", argv[0]);
    if (argv[1].u.i <= 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "fread(): Argument #2 ($length) must be greater than 0");
    size_t n = (size_t)argv[1].u.i;
    if (s->kind == MP_STREAM_MEMORY && s->pos >= 0 && (size_t)s->pos <= s->mlen && n > s->mlen - (size_t)s->pos + 1)
        n = s->mlen - (size_t)s->pos + 1;   /* no giant buffer for fread($h, PHP_INT_MAX) */
    else if (n > (1u << 20) && s->kind == MP_STREAM_FILE) {
        /* no giant buffer either: what the file still holds (pipes give one chunk at a time) */
        struct stat sb;
        if (s->seekable && fstat(s->fd, &sb) == 0 && sb.st_size - s->pos + CHUNK < (int64_t)n)
            n = (size_t)(sb.st_size > s->pos ? sb.st_size - s->pos : 0) + CHUNK;
        else if (!s->seekable)
            n = 1u << 20;
    }
    mp_str *out = mp_str_alloc(vm, n);
    int64_t k = mp_stream_read(vm, s, out->data, n);
    if (k < 0) {
        *ret = mp_v_bool(0);
        return;
    }
    out->len = (size_t)k;
    out->data[k] = '\0';
    *ret = mp_v_str(out);
}

/* fwrite($stream, string $data, ?int $length = null): int|false */
static void write_common(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, fn, argv[0]);
    size_t n = argv[1].u.s->len;
    if (argc > 2 && argv[2].type == MP_T_INT) {
        if (argv[2].u.i <= 0) {
            *ret = mp_v_int(0);
            return;
        }
        if ((uint64_t)argv[2].u.i < n)
            n = (size_t)argv[2].u.i;
    }
    if (!n) {
        *ret = mp_v_int(0);
        return;
    }
    int64_t k = mp_stream_write(vm, fn, s, argv[1].u.s->data, n);
    *ret = k < 0 ? mp_v_bool(0) : mp_v_int(k);
}

static void bi_fwrite(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { write_common(vm, "fwrite", argc, argv, ret); }
static void bi_fputs(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { write_common(vm, "fputs", argc, argv, ret); }

/* fgets($stream, ?int $length = null): string|false */
static void bi_fgets(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "fgets", argv[0]);
    size_t max = 0;
    if (argc > 1 && argv[1].type == MP_T_INT) {
        if (argv[1].u.i <= 0)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "fgets(): Argument #2 ($length) must be greater than 0");
        if (argv[1].u.i == 1) {
            *ret = mp_v_bool(0);
            return;
        }
        max = (size_t)argv[1].u.i - 1;
    }
    mp_str *line = mp_stream_gets(vm, s, max);
    *ret = line ? mp_v_str(line) : mp_v_bool(0);
}

/* fgetc($stream): string|false */
static void bi_fgetc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "fgetc", argv[0]);
    char c;
    int64_t k = mp_stream_read(vm, s, &c, 1);
    *ret = k == 1 ? mp_v_str(mp_str_char((unsigned char)c)) : mp_v_bool(0);
}

/* feof($stream): bool */
static void bi_feof(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "feof", argv[0]);
    int buffered = s->kind == MP_STREAM_FILE && s->rstart != s->rend;
    *ret = mp_v_bool(!buffered && s->eof);
}

/* fflush($stream): bool */
static void bi_fflush(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "fflush", argv[0]);
    if (s->kind == MP_STREAM_OUTPUT || s->std)
        mp_flush_output(vm);
    *ret = mp_v_bool(1);
}

/* ftell($stream): int|false */
static void bi_ftell(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "ftell", argv[0]);
    if (s->kind == MP_STREAM_OUTPUT || s->kind == MP_STREAM_DIR)
        *ret = mp_v_int(s->pos);
    else
        *ret = s->pos < 0 ? mp_v_bool(0) : mp_v_int(s->pos);
}

/* fseek($stream, int $offset, int $whence = SEEK_SET): int */
static void bi_fseek(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "fseek", argv[0]);
    int whence = (int)opt_int(argc, argv, 2, SEEK_SET);
    *ret = mp_v_int(mp_stream_seek(vm, s, argv[1].u.i, whence));
}

/* rewind($stream): bool */
static void bi_rewind(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "rewind", argv[0]);
    *ret = mp_v_bool(mp_stream_seek(vm, s, 0, SEEK_SET) == 0);
}

/* ftruncate($stream, int $size): bool */
static void bi_ftruncate(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "ftruncate", argv[0]);
    int64_t size = argv[1].u.i;
    if (size < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "ftruncate(): Argument #2 ($size) must be greater than or equal to 0");
    if (s->kind == MP_STREAM_MEMORY && s->can_write) {
        if ((size_t)size > s->mcap) {
            char *m = realloc(s->mem, (size_t)size);
            if (!m) abort();
            s->mem = m;
            s->mcap = (size_t)size;
        }
        if ((size_t)size > s->mlen)
            memset(s->mem + s->mlen, 0, (size_t)size - s->mlen);
        s->mlen = (size_t)size;
        *ret = mp_v_bool(1);
        return;
    }
    if (s->kind != MP_STREAM_FILE) {
        mp_error(vm, MP_E_WARNING, "ftruncate(): Can't truncate this stream!");
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(ftruncate(s->fd, size) == 0);
}

/* fstat($stream): array|false */
static void bi_fstat(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "fstat", argv[0]);
    struct stat sb;
    if (s->kind == MP_STREAM_FILE) {
        if (fstat(s->fd, &sb) != 0) {
            *ret = mp_v_bool(0);
            return;
        }
    } else if (s->kind == MP_STREAM_MEMORY) {
        /* what PHP's memory streams report */
        memset(&sb, 0, sizeof sb);
        sb.st_mode = (mode_t)(S_IFREG | (s->can_write ? 0666 : 0444));
        sb.st_nlink = 1;
        sb.st_rdev = (dev_t)-1;
        sb.st_size = (off_t)s->mlen;
        sb.st_blksize = -1;
        sb.st_blocks = -1;
    } else {
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_arr(mp_stat_array(vm, &sb));
}

/* flock($stream, int $operation, &$would_block = null): bool */
static void bi_flock(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "flock", argv[0]);
    int64_t op = argv[1].u.i;
    int act = (int)(op & 3);
    if (act < 1 || act > 3)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN");
    if (argc > 2)
        mp_deref(&argv[2])[0] = mp_v_int(0);
    if (s->kind != MP_STREAM_FILE) {
        *ret = mp_v_bool(s->kind == MP_STREAM_MEMORY);
        return;
    }
    int how = act == 1 ? LOCK_SH : act == 2 ? LOCK_EX : LOCK_UN;
    if (op & 4) how |= LOCK_NB;
    if (flock(s->fd, how) != 0) {
        if (errno == EWOULDBLOCK && argc > 2)
            mp_deref(&argv[2])[0] = mp_v_int(1);
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(1);
}

/* fpassthru($stream): int */
static void bi_fpassthru(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "fpassthru", argv[0]);
    char buf[CHUNK];
    int64_t total = 0;
    for (;;) {
        int64_t k = mp_stream_read(vm, s, buf, sizeof buf);
        if (k < 0) {
            if (!total) total = -1;
            break;
        }
        if (k == 0) break;
        mp_echo(vm, buf, (size_t)k);
        total += k;
    }
    *ret = mp_v_int(total);
}

/* stream_get_contents($stream, ?int $length = null, int $offset = -1): string|false */
static void bi_stream_get_contents(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "stream_get_contents", argv[0]);
    int64_t len = argc > 1 && argv[1].type == MP_T_INT ? argv[1].u.i : -1;
    int64_t off = opt_int(argc, argv, 2, -1);
    if (len < -1)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "stream_get_contents(): Argument #2 ($length) must be greater than or equal to -1");
    if (off >= 0 && off != s->pos && mp_stream_seek(vm, s, off, SEEK_SET) != 0) {
        mp_error(vm, MP_E_WARNING, "stream_get_contents(): Failed to seek to position %lld in the stream", (long long)off);
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_str(len == 0 ? mp_str_empty() : mp_stream_contents(vm, s, len));
}

/* stream_get_meta_data($stream): array */
static void bi_stream_get_meta_data(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "stream_get_meta_data", argv[0]);
    mp_array *a = mp_array_new(vm, 10);
    int temp = s->type && strcmp(s->type, "TEMP") == 0;
    if (!temp) {
        /* php://temp answers the "set option" query itself: no such keys */
        mp_array_set_str(vm, a, "timed_out", 9, mp_v_bool(0));
        mp_array_set_str(vm, a, "blocked", 7, mp_v_bool(1));
        int buffered = s->kind == MP_STREAM_FILE && s->rstart != s->rend;
        mp_array_set_str(vm, a, "eof", 3, mp_v_bool(!buffered && s->eof));
    }
    if (s->wrapper)
        mp_array_set_str(vm, a, "wrapper_type", 12, mp_v_str(mp_str_cstr(vm, s->wrapper)));
    mp_array_set_str(vm, a, "stream_type", 11, mp_v_str(mp_str_cstr(vm, s->type)));
    mp_array_set_str(vm, a, "mode", 4, mp_v_str(mp_str_cstr(vm, s->mode)));
    mp_array_set_str(vm, a, "unread_bytes", 12, mp_v_int(s->kind == MP_STREAM_FILE ? (int64_t)(s->rend - s->rstart) : 0));
    mp_array_set_str(vm, a, "seekable", 8, mp_v_bool(s->seekable));
    if (s->kind != MP_STREAM_DIR)
        mp_array_set_str(vm, a, "uri", 3, mp_v_str(mp_str_cstr(vm, s->uri)));
    *ret = mp_v_arr(a);
}

/* The one-byte CSV parameters: FIRST is the parameter number of the separator. */
static void csv_params(mp_vm *vm, const char *fn, int argc, mp_val *argv, int first, char *delim, char *enc, int *esc)
{
    *delim = ',';
    *enc = '"';
    *esc = '\\';
    if (argc > first) {
        if (argv[first].u.s->len != 1)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($separator) must be a single character", fn, first + 1);
        *delim = argv[first].u.s->data[0];
    }
    if (argc > first + 1) {
        if (argv[first + 1].u.s->len != 1)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($enclosure) must be a single character", fn, first + 2);
        *enc = argv[first + 1].u.s->data[0];
    }
    if (argc > first + 2) {
        if (argv[first + 2].u.s->len > 1)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($escape) must be empty or a single character", fn, first + 3);
        *esc = argv[first + 2].u.s->len ? (unsigned char)argv[first + 2].u.s->data[0] : -1;
    }
}

/* fgetcsv($stream, ?int $length = null, string $separator = ",", string $enclosure = "\"", string $escape = "\\"): array|false */
static void bi_fgetcsv(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "fgetcsv", argv[0]);
    size_t max = 0;
    if (argc > 1 && argv[1].type == MP_T_INT) {
        if (argv[1].u.i < 0 || argv[1].u.i > INT64_MAX - 1)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "fgetcsv(): Argument #2 ($length) must be between 0 and " "9223372036854775806");
        max = (size_t)argv[1].u.i;
    }
    char delim, enc;
    int esc;
    csv_params(vm, "fgetcsv", argc, argv, 2, &delim, &enc, &esc);
    mp_str *line = mp_stream_gets(vm, s, max);
    if (!line) {
        *ret = mp_v_bool(0);
        return;
    }
    for (;;) {
        int open;
        mp_array *a = mp_csv_parse(vm, line->data, line->len, delim, enc, esc, &open);
        /* as PHP, the lines an open enclosure continues on have no length limit */
        mp_str *more = open ? mp_stream_gets(vm, s, 0) : NULL;
        if (!more) {
            *ret = mp_v_arr(a);
            return;
        }
        line = mp_str_concat(vm, line, more);
    }
}

/* fputcsv($stream, array $fields, string $separator = ",", string $enclosure = "\"", string $escape = "\\", string $eol = "\n"): int|false */
static void bi_fputcsv(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "fputcsv", argv[0]);
    char delim, enc;
    int esc;
    csv_params(vm, "fputcsv", argc, argv, 2, &delim, &enc, &esc);
    mp_buf b;
    mp_buf_init(&b, vm);
    uint32_t pos = 0, i = 0, n = mp_array_count(argv[1].u.a);
    mp_key k;
    mp_val *e;
    while (mp_array_next(argv[1].u.a, &pos, &k, &e)) {
        mp_str *f = mp_to_str(vm, *mp_deref(e));
        /* PHP encloses a field holding the separator, the enclosure, the
         * escape byte or white space; an enclosure is doubled unless the
         * escape byte came just before it */
        int quote = memchr(f->data, delim, f->len) || memchr(f->data, enc, f->len)
                 || (esc >= 0 && memchr(f->data, esc, f->len)) || memchr(f->data, '\n', f->len)
                 || memchr(f->data, '\r', f->len) || memchr(f->data, '\t', f->len) || memchr(f->data, ' ', f->len);
        if (quote) {
            mp_buf_addc(&b, enc);
            int escaped = 0;
            for (size_t j = 0; j < f->len; j++) {
                char c = f->data[j];
                if (esc >= 0 && (unsigned char)c == (unsigned char)esc)
                    escaped = 1;
                else if (!escaped && c == enc)
                    mp_buf_addc(&b, enc);
                else
                    escaped = 0;
                mp_buf_addc(&b, c);
            }
            mp_buf_addc(&b, enc);
        } else {
            mp_buf_add(&b, f->data, f->len);
        }
        if (++i != n)
            mp_buf_addc(&b, delim);
    }
    if (argc > 5)
        mp_buf_add(&b, argv[5].u.s->data, argv[5].u.s->len);
    else
        mp_buf_addc(&b, '\n');
    mp_str *line = mp_buf_finish(&b);
    int64_t w = mp_stream_write(vm, "fputcsv", s, line->data, line->len);
    *ret = w < 0 ? mp_v_bool(0) : mp_v_int(w);
}

/* fprintf($stream, string $format, mixed ...$values): int */
static void bi_fprintf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "fprintf", argv[0]);
    mp_str *out = mp_format_print(vm, "fprintf", argv[1].u.s, argv + 2, argc - 2, 2);
    if (out->len)
        mp_stream_write(vm, "fprintf", s, out->data, out->len);
    *ret = mp_v_int((int64_t)out->len);
}

/* vfprintf($stream, string $format, array $values): int */
static void bi_vfprintf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "vfprintf", argv[0]);
    mp_str *out = mp_format_print_array(vm, "vfprintf", argv[1].u.s, argv[2].u.a);
    if (out->len)
        mp_stream_write(vm, "vfprintf", s, out->data, out->len);
    *ret = mp_v_int((int64_t)out->len);
}

/* ---- directory handles ---- */

/* opendir(string $directory, $context = null): resource|false */
static void bi_opendir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *path = argv[0].u.s;
    if (has_nul(path))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "opendir(): Argument #1 ($directory) must not contain any null bytes");
    if (!path->len) {
        *ret = mp_v_bool(0);
        return;
    }
    DIR *d = opendir(path->data);
    if (!d && (errno == EMFILE || errno == ENFILE)) {
        mp_gc_finalize_now();
        d = opendir(path->data);
    }
    if (!d) {
        mp_error(vm, MP_E_WARNING, "opendir(%s): Failed to open directory: %s", path->data, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    mp_resource *r = mp_stream_from_dir(vm, d, path->data);
    streams_of(vm)->last_dir = r;
    *ret = mp_v_res(r);
}

/* The directory of readdir/rewinddir/closedir: the argument or the last opened one. */
static mp_stream *dir_arg(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_resource **rp)
{
    mp_resource *r;
    if (argc > 0 && argv[0].type == MP_T_RESOURCE) {
        r = argv[0].u.res;
        if (r->kind == &stream_kind && ((mp_stream *)r->data)->kind != MP_STREAM_DIR)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($dir_handle) must be a valid Directory resource", fn);
    } else {
        r = streams_of(vm)->last_dir;
        if (!r)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "No resource supplied");
    }
    if (r->kind != &stream_kind)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): supplied resource is not a valid Directory resource", fn);
    *rp = r;
    return r->data;
}

/* readdir($dir_handle = null): string|false */
static void bi_readdir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_resource *r;
    mp_stream *s = dir_arg(vm, "readdir", argc, argv, &r);
    struct dirent *de = s->dir ? readdir(s->dir) : NULL;
    *ret = de ? mp_v_str(mp_str_cstr(vm, de->d_name)) : mp_v_bool(0);
}

/* rewinddir($dir_handle = null): void */
static void bi_rewinddir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    mp_resource *r;
    mp_stream *s = dir_arg(vm, "rewinddir", argc, argv, &r);
    if (s->dir)
        rewinddir(s->dir);
}

/* closedir($dir_handle = null): void */
static void bi_closedir(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    mp_resource *r;
    dir_arg(vm, "closedir", argc, argv, &r);
    mp_resource_close(vm, r);
    if (streams_of(vm)->last_dir == r)
        streams_of(vm)->last_dir = NULL;
}

/* fscanf($stream, string $format, mixed &...$vars): array|int|false|null
 * -- sscanf() on the next line. */
static void bi_fscanf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "fscanf", argv[0]);
    mp_str *line = mp_stream_gets(vm, s, 0);
    if (!line) {
        *ret = mp_v_bool(0);
        return;
    }
    const mp_builtin *scan = mp_builtin_lookup("sscanf", 6);
    mp_val *args = mp_alloc(vm, sizeof(mp_val) * (size_t)argc);
    args[0] = mp_v_str(line);
    for (int i = 1; i < argc; i++)
        args[i] = argv[i];
    scan->fn(vm, argc, args, ret);
}

/* stream_get_line($stream, int $length, string $ending = ""): string|false
 * -- up to LENGTH bytes (0: 8192), ending before ENDING (which is consumed). */
static void bi_stream_get_line(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *s = mp_stream_arg(vm, "stream_get_line", argv[0]);
    int64_t max = argv[1].u.i;
    if (max < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "stream_get_line(): Argument #2 ($length) must be greater than or equal to 0");
    if (!max)
        max = CHUNK;
    const mp_str *end = argc > 2 ? argv[2].u.s : mp_str_empty();
    mp_buf b;
    mp_buf_init(&b, vm);
    int got = 0;
    while ((int64_t)b.len < max) {
        char c;
        if (read_once(vm, s, &c, 1) != 1)
            break;
        got = 1;
        mp_buf_addc(&b, c);
        if (end->len && b.len >= end->len && memcmp(b.data + b.len - end->len, end->data, end->len) == 0) {
            b.len -= end->len;
            break;
        }
    }
    *ret = got ? mp_v_str(mp_buf_finish(&b)) : mp_v_bool(0);
}

/* stream_copy_to_stream($from, $to, ?int $length = null, int $offset = 0): int|false */
static void bi_stream_copy_to_stream(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_stream *from = mp_stream_arg(vm, "stream_copy_to_stream", argv[0]);
    mp_stream *to = mp_stream_arg(vm, "stream_copy_to_stream", argv[1]);
    int64_t len = argc > 2 && argv[2].type == MP_T_INT ? argv[2].u.i : -1;
    int64_t off = opt_int(argc, argv, 3, 0);
    if (off > 0 && mp_stream_seek(vm, from, off, SEEK_SET) != 0) {
        mp_error(vm, MP_E_WARNING, "stream_copy_to_stream(): Failed to seek to position %lld in the stream", (long long)off);
        *ret = mp_v_bool(0);
        return;
    }
    char buf[CHUNK];
    int64_t total = 0;
    while (len < 0 || total < len) {
        size_t n = sizeof buf;
        if (len >= 0 && (int64_t)n > len - total)
            n = (size_t)(len - total);
        int64_t k = mp_stream_read(vm, from, buf, n);
        if (k <= 0)
            break;
        int64_t w = mp_stream_write(vm, "stream_copy_to_stream", to, buf, (size_t)k);
        if (w != k) {
            *ret = mp_v_bool(0);
            return;
        }
        total += k;
    }
    *ret = mp_v_int(total);
}

/* fsync($stream): bool, fdatasync likewise */
static void sync_common(mp_vm *vm, const char *fn, mp_val *argv, mp_val *ret, int data_only)
{
    mp_stream *s = mp_stream_arg(vm, fn, argv[0]);
    if (s->kind != MP_STREAM_FILE) {
        mp_error(vm, MP_E_WARNING, "%s(): Can't fsync this stream!", fn);
        *ret = mp_v_bool(0);
        return;
    }
    if (s->std)
        mp_flush_output(vm);
    *ret = mp_v_bool((data_only ? fdatasync(s->fd) : fsync(s->fd)) == 0);
}
static void bi_fsync(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; sync_common(vm, "fsync", argv, ret, 0); }
static void bi_fdatasync(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; sync_common(vm, "fdatasync", argv, ret, 1); }

/* stream_is_local($stream): bool -- every stream minphp has is local; a
 * URL is unless it names a scheme other than file:// */
static void bi_stream_is_local(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_val v = *mp_deref(&argv[0]);
    if (v.type == MP_T_RESOURCE) {
        mp_stream_arg(vm, "stream_is_local", v);
        *ret = mp_v_bool(1);
        return;
    }
    mp_str *u = mp_to_str(vm, v);
    const char *sep = strstr(u->data, "://");
    *ret = mp_v_bool(!sep || strncasecmp(u->data, "file://", 7) == 0 || strncasecmp(u->data, "php://", 6) == 0);
}

/* Stream contexts: kept for the code that passes them; minphp has no
 * network wrappers, so their options change nothing. */
static const mp_resource_kind context_kind = { "stream-context", NULL };

/* stream_context_create(?array $options = null, ?array $params = null): resource */
static void bi_stream_context_create(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_array *opts = argc > 0 && argv[0].type == MP_T_ARRAY ? argv[0].u.a : mp_array_new(vm, 0);
    mp_val_share(mp_v_arr(opts));
    *ret = mp_v_res(mp_resource_new(vm, &context_kind, opts));
}

/* stream_context_get_options($stream_or_context): array */
static void bi_stream_context_get_options(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_resource *r = argv[0].u.res;
    if (r->kind == &context_kind) {
        *ret = mp_v_arr(r->data);
        mp_val_share(*ret);
        return;
    }
    mp_stream_arg(vm, "stream_context_get_options", argv[0]);
    *ret = mp_v_arr(mp_array_new(vm, 0));
}

static const mp_builtin rows[] = {
    { "closedir", bi_closedir, 0, 1, "?r", "dir_handle", "null" },
    { "fclose", bi_fclose, 1, 1, "r", "stream" },
    { "fdatasync", bi_fdatasync, 1, 1, "r", "stream" },
    { "feof", bi_feof, 1, 1, "r", "stream" },
    { "fflush", bi_fflush, 1, 1, "r", "stream" },
    { "fgetc", bi_fgetc, 1, 1, "r", "stream" },
    { "fgetcsv", bi_fgetcsv, 1, 5, "r?isss", "stream length separator enclosure escape", "null ',' '\"' '\\\\'" },
    { "fgets", bi_fgets, 1, 2, "r?i", "stream length", "null" },
    { "flock", bi_flock, 2, 3, "ri&z", "stream operation would_block", "null" },
    { "fopen", bi_fopen, 2, 4, "ssb?r", "filename mode use_include_path context", "false null" },
    { "fpassthru", bi_fpassthru, 1, 1, "r", "stream" },
    { "fprintf", bi_fprintf, 2, -1, "rsz*", "stream format values" },
    { "fputcsv", bi_fputcsv, 2, 6, "rassss", "stream fields separator enclosure escape eol", "',' '\"' '\\\\' '\\n'" },
    { "fputs", bi_fputs, 2, 3, "rs?i", "stream data length", "null" },
    { "fread", bi_fread, 2, 2, "ri", "stream length" },
    { "fscanf", bi_fscanf, 2, -1, "rs&z*", "stream format vars" },
    { "fseek", bi_fseek, 2, 3, "rii", "stream offset whence", "SEEK_SET" },
    { "fstat", bi_fstat, 1, 1, "r", "stream" },
    { "fsync", bi_fsync, 1, 1, "r", "stream" },
    { "ftell", bi_ftell, 1, 1, "r", "stream" },
    { "ftruncate", bi_ftruncate, 2, 2, "ri", "stream size" },
    { "fwrite", bi_fwrite, 2, 3, "rs?i", "stream data length", "null" },
    { "opendir", bi_opendir, 1, 2, "s?r", "directory context", "null" },
    { "readdir", bi_readdir, 0, 1, "?r", "dir_handle", "null" },
    { "rewind", bi_rewind, 1, 1, "r", "stream" },
    { "rewinddir", bi_rewinddir, 0, 1, "?r", "dir_handle", "null" },
    { "stream_context_create", bi_stream_context_create, 0, 2, "?a?a", "options params", "null null" },
    { "stream_context_get_options", bi_stream_context_get_options, 1, 1, "r", "stream_or_context" },
    { "stream_copy_to_stream", bi_stream_copy_to_stream, 2, 4, "rr?ii", "from to length offset", "null 0" },
    { "stream_get_contents", bi_stream_get_contents, 1, 3, "r?ii", "stream length offset", "null -1" },
    { "stream_get_line", bi_stream_get_line, 2, 3, "ris", "stream length ending", "''" },
    { "stream_get_meta_data", bi_stream_get_meta_data, 1, 1, "r", "stream" },
    { "stream_is_local", bi_stream_is_local, 1, 1, "z", "stream" },
    { "tmpfile", bi_tmpfile, 0, 0, "", "" },
    { "vfprintf", bi_vfprintf, 3, 3, "rsa", "stream format values" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_stream, rows);
