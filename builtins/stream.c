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
#include <sys/wait.h>
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
        if (s->pipe)
            pclose(s->pipe);   /* waits for the command, as PHP does */
        else if (s->own_fd && s->fd >= 0)
            close(s->fd);
        s->pipe = NULL;
        free(s->rbuf);
        s->rbuf = NULL;
        break;
    case MP_STREAM_MEMORY:
        if (!s->mem_borrowed)
            free(s->mem);
        s->mem = NULL;
        free(s->rbuf);
        s->rbuf = NULL;
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
    s->uri = uri ? strdup(uri) : NULL;
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
        s->temp = !memory;
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

/* ---- reading and writing ----
 * Two layers, as PHP's: the raw operations of a backend (a descriptor, a
 * memory block) and above them the stream with its position and read
 * buffer. PHP's exact rules matter because scripts see them: which read
 * sets eof, what a write after a read-ahead does, what ftell says after a
 * failed seek, what data a truncate leaves in the buffer. */

/* Raw read of at most N bytes: bytes read, 0 at the end (sets eof), -1. */
static int64_t raw_read(mp_vm *vm, mp_stream *s, char *buf, size_t n)
{
    if (s->kind == MP_STREAM_MEMORY) {
        if (s->mpos >= s->mlen) {
            s->eof = 1;
            return 0;
        }
        size_t k = s->mlen - s->mpos;
        if (k > n) k = n;
        memcpy(buf, s->mem + s->mpos, k);
        s->mpos += k;
        /* php://temp reads its inner memory stream until N bytes or the
         * end, so a short read already knows the end */
        if (k < n && s->temp)
            s->eof = 1;
        return (int64_t)k;
    }
    if (s->kind == MP_STREAM_OUTPUT) {
        s->eof = 1;   /* php://output reads nothing, and says it is at the end */
        return -1;
    }
    if (s->kind != MP_STREAM_FILE)
        return -1;
    if (s->std)
        mp_flush_output(vm);   /* a prompt written with echo shows before the read */
    ssize_t k;
    do k = read(s->fd, buf, n); while (k < 0 && errno == EINTR);
    if (k < 0) {
        if (errno == EAGAIN)
            return 0;
        int e = errno;
        mp_error(vm, MP_E_NOTICE, "%s(): Read of %zu bytes failed with errno=%d %s", streams_of(vm)->fn, n, e, strerror(e));
        if (e != EBADF)
            s->eof = 1;
        return -1;
    }
    if (k == 0)
        s->eof = 1;
    return k;
}

/* Raw write: bytes written or -1 (with PHP's notice for a descriptor). */
static int64_t raw_write(mp_vm *vm, const char *fn, mp_stream *s, const char *buf, size_t n)
{
    if (s->kind == MP_STREAM_MEMORY) {
        if (!s->can_write)
            return -1;
        if (s->append)
            s->mpos = s->mlen;
        size_t end = s->mpos + n;
        if (end > s->mcap) {
            size_t cap = s->mcap ? s->mcap : 64;
            while (cap < end) cap *= 2;
            char *m = realloc(s->mem, cap);
            if (!m) abort();
            s->mem = m;
            s->mcap = cap;
        }
        memcpy(s->mem + s->mpos, buf, n);
        s->mpos = end;
        if (end > s->mlen) s->mlen = end;
        return (int64_t)n;
    }
    if (s->std)
        mp_flush_output(vm);   /* echo's output first: php's CLI output is unbuffered */
    ssize_t k;
    do k = write(s->fd, buf, n); while (k < 0 && errno == EINTR);
    if (k < 0) {
        if (errno == EAGAIN)
            return 0;
        mp_error(vm, MP_E_NOTICE, "%s(): Write of %zu bytes failed with errno=%d %s", fn, n, errno, strerror(errno));
        return -1;
    }
    return k;
}

/* Raw seek: 0 and the new position in *to, or -1 (PHP's memory streams
 * then report position -1 and park their cursor at an end). */
static int raw_seek(mp_stream *s, int64_t off, int whence, int64_t *to)
{
    if (s->kind == MP_STREAM_MEMORY) {
        /* PHP's memory seek: a miss leaves the cursor at the end it ran
         * past (a negative absolute offset counts as past the end) */
        size_t len = s->mlen, at;
        int ok;
        if (whence == SEEK_SET) {
            ok = off >= 0 && (uint64_t)off <= len;
            at = ok ? (size_t)off : len;
        } else if (whence == SEEK_CUR) {
            if (off < 0) {
                ok = s->mpos >= (uint64_t)-off;
                at = ok ? s->mpos - (size_t)-off : 0;
            } else {
                ok = s->mpos + (uint64_t)off <= len;
                at = ok ? s->mpos + (size_t)off : len;
            }
        } else if (whence == SEEK_END) {
            ok = off <= 0 && (uint64_t)-off <= len;
            at = ok ? len - (size_t)-off : off > 0 ? len : 0;
        } else {
            *to = (int64_t)s->mpos;
            return -1;
        }
        s->mpos = at;
        *to = ok ? (int64_t)at : -1;
        if (ok)
            s->eof = 0;   /* PHP's memory seek clears eof itself (also before a write) */
        return ok ? 0 : -1;
    }
    off_t r = lseek(s->fd, off, whence);
    if (r < 0)
        return -1;
    *to = r;
    return 0;
}

/* PHP's fill: when fewer than SIZE bytes are buffered, one raw read into
 * the buffer's free space (compacted, or grown by a chunk, first). */
static int fill(mp_vm *vm, mp_stream *s, size_t size)
{
    if (s->rend - s->rstart >= size)
        return 0;
    if (s->rbuf && s->rcap - s->rend < CHUNK) {
        if (s->rend > s->rstart)
            memmove(s->rbuf, s->rbuf + s->rstart, s->rend - s->rstart);
        s->rend -= s->rstart;
        s->rstart = 0;
    }
    if (s->rcap - s->rend < CHUNK) {
        char *b = realloc(s->rbuf, s->rcap + CHUNK);
        if (!b) abort();
        s->rbuf = b;
        s->rcap += CHUNK;
    }
    int64_t k = raw_read(vm, s, s->rbuf + s->rend, s->rcap - s->rend);
    if (k < 0)
        return -1;
    s->rend += (size_t)k;
    return 0;
}

/* Memory streams, php://output and file_get_contents' descriptor are read
 * past the buffer (PHP's NO_BUFFER flag); fgets still fills it. */
static int unbuffered(const mp_stream *s)
{
    return s->kind != MP_STREAM_FILE || s->nobuf;
}

int64_t mp_stream_read(mp_vm *vm, mp_stream *s, char *buf, size_t n)
{
    int64_t done = 0;
    while (n > 0) {
        if (s->rend > s->rstart) {
            size_t k = s->rend - s->rstart;
            if (k > n) k = n;
            memcpy(buf + done, s->rbuf + s->rstart, k);
            s->rstart += k;
            n -= k;
            done += (int64_t)k;
        }
        if (n == 0)
            break;
        int64_t k;
        if (unbuffered(s)) {
            k = raw_read(vm, s, buf + done, n);
            if (k < 0) {
                if (!done) return -1;
                break;
            }
        } else {
            if (fill(vm, s, n) != 0) {
                if (!done) return -1;
                break;
            }
            k = (int64_t)(s->rend - s->rstart);
            if (k > (int64_t)n) k = (int64_t)n;
            memcpy(buf + done, s->rbuf + s->rstart, (size_t)k);
            s->rstart += (size_t)k;
        }
        if (k <= 0)
            break;
        done += k;
        n -= (size_t)k;
        /* plain files and memory read until N bytes or the end; pipes,
         * ttys and the php:// streams give what one read gives */
        if (s->std || s->nogreedy || s->kind == MP_STREAM_OUTPUT)
            break;
    }
    if (done > 0)
        s->pos += done;
    return done;
}

static int seekable_for_write(const mp_stream *s)
{
    return s->kind == MP_STREAM_MEMORY || (s->kind == MP_STREAM_FILE && s->seekable);
}

int64_t mp_stream_write(mp_vm *vm, const char *fn, mp_stream *s, const char *buf, size_t n)
{
    if (!n)
        return 0;
    if (s->kind == MP_STREAM_DIR) {
        mp_error(vm, MP_E_NOTICE, "%s(): Stream is not writable", fn);
        return -1;
    }
    if (s->kind == MP_STREAM_OUTPUT) {
        mp_echo(vm, buf, n);
        s->pos += (int64_t)n;
        return (int64_t)n;
    }
    /* written data goes where the script is, not where the read-ahead left the backend */
    if (seekable_for_write(s) && s->rstart != s->rend) {
        s->rstart = s->rend = 0;
        raw_seek(s, s->pos, SEEK_SET, &s->pos);
    }
    int64_t done = 0;
    while (n > 0) {
        int64_t k = raw_write(vm, fn, s, buf + done, n);
        if (k <= 0)
            return done ? done : k;
        done += k;
        n -= (size_t)k;
        if (seekable_for_write(s))
            s->pos += k;
    }
    return done;
}

int mp_stream_eof(const mp_stream *s)
{
    return s->rend == s->rstart && s->eof;
}

mp_str *mp_stream_gets(mp_vm *vm, mp_stream *s, size_t maxlen)
{
    if (s->kind == MP_STREAM_DIR || s->kind == MP_STREAM_OUTPUT)
        return s->kind == MP_STREAM_OUTPUT ? (s->eof = 1, NULL) : NULL;
    mp_buf b;
    mp_buf_init(&b, vm);
    int any = 0;
    for (;;) {
        size_t avail = s->rend - s->rstart;
        if (avail > 0) {
            const char *p = s->rbuf + s->rstart;
            const char *nl = memchr(p, '\n', avail);
            size_t k = nl ? (size_t)(nl - p) + 1 : avail;
            int done = nl != NULL;
            if (maxlen && k >= maxlen - b.len) {
                k = maxlen - b.len;
                done = 1;
            }
            mp_buf_add(&b, p, k);
            s->rstart += k;
            s->pos += (int64_t)k;
            any = 1;
            if (done)
                break;
        } else if (s->eof) {
            break;   /* a known end: no read (fread and fgetc try again) */
        } else {
            size_t want = maxlen ? maxlen - b.len : CHUNK;
            if (want > CHUNK) want = CHUNK;
            fill(vm, s, want);
            if (s->rend == s->rstart)
                break;
        }
    }
    if (!any)
        return NULL;
    return mp_buf_finish(&b);
}

mp_str *mp_stream_contents(mp_vm *vm, mp_stream *s, int64_t maxlen)
{
    if (maxlen == 0)
        return mp_str_empty();
    mp_buf b;
    mp_buf_init(&b, vm);
    if (maxlen > 0) {
        char tmp[CHUNK];
        while ((int64_t)b.len < maxlen && !mp_stream_eof(s)) {
            size_t n = (size_t)(maxlen - (int64_t)b.len);
            if (n > sizeof tmp) n = sizeof tmp;
            int64_t k = mp_stream_read(vm, s, tmp, n);
            if (k <= 0)
                break;
            mp_buf_add(&b, tmp, (size_t)k);
        }
        return mp_buf_finish(&b);
    }
    /* everything: PHP's first read asks for the size and a chunk more */
    size_t max = CHUNK;
    struct stat sb;
    if (s->kind == MP_STREAM_FILE && fstat(s->fd, &sb) == 0 && sb.st_size > 0)
        max = (size_t)sb.st_size + CHUNK;
    else if (s->kind == MP_STREAM_MEMORY && s->mlen > 0)
        max = s->mlen + CHUNK;
    char *tmp = malloc(max);
    if (!tmp) abort();
    size_t len = 0;
    for (;;) {
        int64_t k = mp_stream_read(vm, s, tmp + len, max - len);
        if (k <= 0)
            break;
        len += (size_t)k;
        if (len + CHUNK / 4 >= max) {
            char *t = realloc(tmp, max + CHUNK);
            if (!t) abort();
            tmp = t;
            max += CHUNK;
        }
    }
    mp_buf_add(&b, tmp, len);
    free(tmp);
    return mp_buf_finish(&b);
}

int mp_stream_seek(mp_vm *vm, mp_stream *s, int64_t off, int whence)
{
    if (s->kind == MP_STREAM_FILE && !s->nobuf) {
        /* a seek inside the read buffer only moves in it */
        int64_t buffered = (int64_t)(s->rend - s->rstart);
        if (whence == SEEK_CUR && off > 0 && off <= buffered) {
            s->rstart += (size_t)off;
            s->pos += off;
            s->eof = 0;
            return 0;
        }
        if (whence == SEEK_SET && off > s->pos && off <= s->pos + buffered) {
            s->rstart += (size_t)(off - s->pos);
            s->pos = off;
            s->eof = 0;
            return 0;
        }
    }
    if (s->kind == MP_STREAM_MEMORY && whence == SEEK_CUR && s->pos < 0) {
        /* php: relative to an unknown position (after a failed seek) fails,
         * leaving the memory cursor at the end */
        s->mpos = s->mlen;
        s->rstart = s->rend = 0;
        return -1;
    }
    if (s->kind == MP_STREAM_MEMORY || (s->kind == MP_STREAM_FILE && s->seekable)) {
        if (whence == SEEK_CUR) {
            off += s->pos;
            whence = SEEK_SET;
        }
        int r = raw_seek(s, off, whence, &s->pos);
        if (r == 0)
            s->eof = 0;
        /* the buffer goes even when the seek failed */
        s->rstart = s->rend = 0;
        return r;
    }
    if (s->kind == MP_STREAM_FILE && whence == SEEK_CUR && off >= 0) {
        /* forward on a pipe: read and drop */
        char tmp[1024];
        while (off > 0) {
            int64_t k = mp_stream_read(vm, s, tmp, off < (int64_t)sizeof tmp ? (size_t)off : sizeof tmp);
            if (k <= 0)
                return -1;
            off -= k;
        }
        s->eof = 0;
        return 0;
    }
    mp_error(vm, MP_E_WARNING, "%s(): Stream does not support seeking", streams_of(vm)->fn);
    return -1;
}

/* ftruncate: the backend only; position and read buffer stay as they are. */
int mp_stream_truncate(mp_stream *s, int64_t size)
{
    if (s->kind == MP_STREAM_MEMORY) {
        if (!s->can_write)
            return -1;
        size_t n = (size_t)size;
        if (n > s->mcap) {
            char *m = realloc(s->mem, n);
            if (!m) abort();
            s->mem = m;
            s->mcap = n;
        }
        if (n > s->mlen)
            memset(s->mem + s->mlen, 0, n - s->mlen);
        else if (n < s->mpos)
            s->mpos = n;
        s->mlen = n;
        return 0;
    }
    return ftruncate(s->fd, size);
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
    size_t buffered = s->rend - s->rstart;
    if (s->kind == MP_STREAM_MEMORY && n > s->mlen - (s->mpos < s->mlen ? s->mpos : s->mlen) + buffered + 1)
        n = s->mlen - (s->mpos < s->mlen ? s->mpos : s->mlen) + buffered + 1;   /* no giant buffer for fread($h, PHP_INT_MAX) */
    else if (n > (1u << 20) && s->kind == MP_STREAM_FILE) {
        /* no giant buffer either: what the file still holds (pipes give one chunk at a time) */
        struct stat sb;
        if (s->seekable && fstat(s->fd, &sb) == 0 && sb.st_size - s->pos + CHUNK + (int64_t)buffered < (int64_t)n)
            n = (size_t)(sb.st_size > s->pos ? sb.st_size - s->pos : 0) + CHUNK + buffered;
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
    *ret = mp_v_bool(mp_stream_eof(s));
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
    if (s->kind != MP_STREAM_FILE && s->kind != MP_STREAM_MEMORY) {
        mp_error(vm, MP_E_WARNING, "ftruncate(): Can't truncate this stream!");
        *ret = mp_v_bool(0);
        return;
    }
    *ret = mp_v_bool(mp_stream_truncate(s, size) == 0);
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
        sb.st_dev = 0xC;
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
    struct stat sb;
    if (s->kind == MP_STREAM_FILE && s->seekable && s->pos >= 0 && s->pos % 4096 == 0
        && fstat(s->fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > s->pos) {
        /* PHP maps a plain file from the position to its end (mmap(2)
         * wants a page-aligned offset, else PHP reads) and then seeks past
         * it: the bytes come from the file, not the read buffer, and eof
         * is not set */
        int64_t at = s->pos, end = sb.st_size;
        while (at < end) {
            size_t n = end - at < (int64_t)sizeof buf ? (size_t)(end - at) : sizeof buf;
            ssize_t k = pread(s->fd, buf, n, at);
            if (k <= 0)
                break;
            mp_echo(vm, buf, (size_t)k);
            at += k;
        }
        total = at - s->pos;
        mp_stream_seek(vm, s, total, SEEK_CUR);
        *ret = mp_v_int(total);
        return;
    }
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
    /* as php: forward relative to a known position, back absolutely */
    int failed = 0;
    if (off >= 0 && s->pos >= 0 && off > s->pos)
        failed = mp_stream_seek(vm, s, off - s->pos, SEEK_CUR) != 0;
    else if (off >= 0 && off < s->pos)
        failed = mp_stream_seek(vm, s, off, SEEK_SET) != 0;
    if (failed) {
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
        mp_array_set_str(vm, a, "eof", 3, mp_v_bool(mp_stream_eof(s)));
    }
    if (s->wrapper)
        mp_array_set_str(vm, a, "wrapper_type", 12, mp_v_str(mp_str_cstr(vm, s->wrapper)));
    mp_array_set_str(vm, a, "stream_type", 11, mp_v_str(mp_str_cstr(vm, s->type)));
    mp_array_set_str(vm, a, "mode", 4, mp_v_str(mp_str_cstr(vm, s->mode)));
    mp_array_set_str(vm, a, "unread_bytes", 12, mp_v_int((int64_t)(s->rend - s->rstart)));
    mp_array_set_str(vm, a, "seekable", 8, mp_v_bool(s->seekable));
    if (s->kind != MP_STREAM_DIR && s->uri)
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
    const mp_str *d = argc > 2 ? argv[2].u.s : mp_str_empty();
    size_t maxlen = (size_t)max, dl = d->len;
    /* PHP's record read: buffer until the delimiter shows (within MAXLEN
     * bytes) or the buffer holds MAXLEN bytes or the stream ends */
    const char *found = NULL;
#define SEARCH(skip) do { \
        size_t lim_ = s->rend - s->rstart < maxlen ? s->rend - s->rstart : maxlen; \
        if (dl && lim_ > (skip) && lim_ - (skip) >= dl) \
            found = mp_memmem(s->rbuf + s->rstart + (skip), lim_ - (skip), d->data, dl); \
    } while (0)
    SEARCH((size_t)0);
    size_t have = s->rend - s->rstart;
    while (!found && have < maxlen) {
        size_t now = maxlen - have < CHUNK ? maxlen - have : CHUNK;
        fill(vm, s, have + now);
        size_t got = s->rend - s->rstart - have;
        if (!got)
            break;
        SEARCH(have >= dl - 1 ? have - (dl - 1) : 0);
        if (found)
            break;
        have += got;
    }
#undef SEARCH
    size_t buffered = s->rend - s->rstart, n;
    if (found)
        n = (size_t)(found - (s->rbuf + s->rstart));
    else if (!dl && buffered >= maxlen)
        n = maxlen;
    else if ((buffered < maxlen && !s->eof) || (buffered == 0 && s->eof)) {
        *ret = mp_v_bool(0);
        return;
    } else
        n = buffered < maxlen ? buffered : maxlen;
    mp_str *out = mp_str_alloc(vm, n);
    int64_t k = n ? mp_stream_read(vm, s, out->data, n) : 0;
    out->len = k > 0 ? (size_t)k : 0;
    out->data[out->len] = '\0';
    if (found) {
        s->rstart += dl;
        s->pos += (int64_t)dl;
    }
    *ret = mp_v_str(out);
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

/* popen(string $command, string $mode): resource|false */
static void bi_popen(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *mode = argv[1].u.s->data;
    if (strcmp(mode, "r") && strcmp(mode, "rb") && strcmp(mode, "w") && strcmp(mode, "wb"))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "popen(): Argument #2 ($mode) must be one of \"r\", \"rb\", \"w\", or \"wb\"");
    if (memchr(argv[0].u.s->data, '\0', argv[0].u.s->len))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "popen(): Argument #1 ($command) must not contain any null bytes");
    mp_flush_output(vm);   /* the command may write to our stdout */
    FILE *fp = popen(argv[0].u.s->data, mode[0] == 'r' ? "r" : "w");
    if (!fp) {
        mp_error(vm, MP_E_WARNING, "popen(%s,%s): %s", argv[0].u.s->data, mode, strerror(errno));
        *ret = mp_v_bool(0);
        return;
    }
    mp_stream *s = stream_new(MP_STREAM_FILE, mode, NULL);
    fd_setup(s, fileno(fp), mode);
    s->own_fd = 0;
    s->pipe = fp;
    s->nogreedy = 1;
    s->wrapper = NULL;
    *ret = mp_v_res(stream_resource(vm, s, 0));
}

/* pclose($handle): int -- the command's exit status */
static void bi_pclose(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "pclose", argv[0]);
    int status = 0;
    mp_flush_output(vm);   /* our output before what the command still writes */
    if (s->pipe) {
        status = pclose(s->pipe);
        s->pipe = NULL;
        s->fd = -1;
        if (status != -1 && WIFEXITED(status))
            status = WEXITSTATUS(status);
    }
    mp_resource_close(vm, argv[0].u.res);
    *ret = mp_v_int(status);
}

/* stream_set_blocking($stream, bool $enable): bool -- files and memory
 * never block for long; accepted. */
static void bi_stream_set_blocking(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream_arg(vm, "stream_set_blocking", argv[0]);
    *ret = mp_v_bool(1);
}

/* stream_set_write_buffer($stream, int $size): int -- writes are never
 * buffered; PHP answers -1 for its descriptor and memory streams too. */
static void bi_stream_set_write_buffer(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream_arg(vm, "stream_set_write_buffer", argv[0]);
    *ret = mp_v_int(-1);
}

/* stream_set_read_buffer($stream, int $size): int -- 0 turns the read
 * buffer off (freads then go straight to the descriptor, as PHP). */
static void bi_stream_set_read_buffer(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "stream_set_read_buffer", argv[0]);
    if (s->kind == MP_STREAM_FILE)
        s->nobuf = argv[1].u.i == 0;
    *ret = mp_v_int(0);
}

/* stream_set_chunk_size($stream, int $size): int -- the previous size;
 * minphp keeps reading in 8 KiB chunks. */
static void bi_stream_set_chunk_size(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "stream_set_chunk_size", argv[0]);
    if (argv[1].u.i <= 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "stream_set_chunk_size(): Argument #2 ($size) must be greater than 0");
    *ret = mp_v_int(s->chunk ? s->chunk : CHUNK);
    s->chunk = argv[1].u.i;
}

/* stream_set_timeout($stream, int $seconds, int $microseconds = 0): bool -- sockets only */
static void bi_stream_set_timeout(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream_arg(vm, "stream_set_timeout", argv[0]);
    *ret = mp_v_bool(0);
}

/* stream_supports_lock($stream): bool */
static void bi_stream_supports_lock(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_stream *s = mp_stream_arg(vm, "stream_supports_lock", argv[0]);
    *ret = mp_v_bool(s->kind == MP_STREAM_FILE && !s->pipe);
}

/* stream_get_wrappers(): array -- the ones minphp has */
static void bi_stream_get_wrappers(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *a = mp_array_new(vm, 2);
    mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, "php")));
    mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, "file")));
    *ret = mp_v_arr(a);
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
    { "pclose", bi_pclose, 1, 1, "r", "handle" },
    { "popen", bi_popen, 2, 2, "ss", "command mode" },
    { "readdir", bi_readdir, 0, 1, "?r", "dir_handle", "null" },
    { "rewind", bi_rewind, 1, 1, "r", "stream" },
    { "rewinddir", bi_rewinddir, 0, 1, "?r", "dir_handle", "null" },
    { "set_file_buffer", bi_stream_set_write_buffer, 2, 2, "ri", "stream size", NULL },
    { "stream_context_create", bi_stream_context_create, 0, 2, "?a?a", "options params", "null null" },
    { "stream_context_get_options", bi_stream_context_get_options, 1, 1, "r", "stream_or_context" },
    { "stream_copy_to_stream", bi_stream_copy_to_stream, 2, 4, "rr?ii", "from to length offset", "null 0" },
    { "stream_get_contents", bi_stream_get_contents, 1, 3, "r?ii", "stream length offset", "null -1" },
    { "stream_get_line", bi_stream_get_line, 2, 3, "ris", "stream length ending", "''" },
    { "stream_get_meta_data", bi_stream_get_meta_data, 1, 1, "r", "stream" },
    { "stream_get_wrappers", bi_stream_get_wrappers, 0, 0, "", "", NULL },
    { "stream_is_local", bi_stream_is_local, 1, 1, "z", "stream" },
    { "stream_set_blocking", bi_stream_set_blocking, 2, 2, "rb", "stream enable", NULL },
    { "stream_set_chunk_size", bi_stream_set_chunk_size, 2, 2, "ri", "stream size", NULL },
    { "stream_set_read_buffer", bi_stream_set_read_buffer, 2, 2, "ri", "stream size", NULL },
    { "stream_set_timeout", bi_stream_set_timeout, 2, 3, "rii", "stream seconds microseconds", "0" },
    { "stream_set_write_buffer", bi_stream_set_write_buffer, 2, 2, "ri", "stream size", NULL },
    { "stream_supports_lock", bi_stream_supports_lock, 1, 1, "r", "stream", NULL },
    { "tmpfile", bi_tmpfile, 0, 0, "", "" },
    { "vfprintf", bi_vfprintf, 3, 3, "rsa", "stream format values" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_stream, rows);
