/* stream.h - PHP streams as builtins/stream.c implements them, for the
 * stream and filesystem builtins (stream.c, file.c): plain files on raw
 * descriptors with PHP's read buffer, php://memory and php://temp in memory,
 * php://output through the VM's output, php://stdin/stdout/stderr/input,
 * and directory handles. Nothing here is visible outside builtins/. */
#ifndef MP_STREAM_H
#define MP_STREAM_H

#include <dirent.h>
#include <stdio.h>
#include <stdint.h>
#include "../runtime/value.h"

typedef enum {
    MP_STREAM_FILE,      /* a descriptor (plain file, or fd 0/1/2) */
    MP_STREAM_MEMORY,    /* php://memory, php://temp, php://input: bytes in mem */
    MP_STREAM_OUTPUT,    /* php://output: writes are echo */
    MP_STREAM_DIR,       /* opendir() */
} mp_stream_kind;

/* One open stream. malloc'ed and free of GC pointers: the resource's GC
 * finalizer may release it on any thread. Owned jointly by its resource and
 * the VM's list of open streams (owners bits); the last owner frees it. */
typedef struct mp_stream {
    mp_stream_kind kind;
    int      fd;             /* FILE: the descriptor */
    int      own_fd;         /* FILE: close fd on close (not the VM's fd 0-2) */
    int      std;            /* FILE: the process's stdin/stdout/stderr (echo output is flushed first) */
    int      nogreedy;       /* FILE: a read returns what one read(2) gives (pipes, php:// streams) */
    FILE    *pipe;           /* FILE: popen()'s handle, closed with pclose(3) */
    DIR     *dir;            /* DIR: the directory */
    int      can_read, can_write, append;
    int      seekable;
    int      eof;            /* a read hit the end (feof) */
    int      nobuf;          /* FILE: reads bypass the buffer (file_get_contents, stream_set_read_buffer 0) */
    int64_t  chunk;          /* stream_set_chunk_size's last value (0: never set; reads stay 8 KiB) */
    int64_t  pos;            /* the stream's position (ftell); -1 when unknown */
    char    *rbuf;           /* read buffer: bytes [rstart, rend) not consumed yet, rcap allocated */
    size_t   rstart, rend, rcap;
    char    *mem;            /* MEMORY: the data */
    size_t   mlen, mcap;
    size_t   mpos;           /* MEMORY: the backend's cursor (PHP keeps it apart from pos) */
    int      temp;           /* MEMORY: php://temp (reads through an inner memory stream) */
    int      mem_borrowed;   /* MEMORY: mem points at the VM's request body (php://input), not owned */
    char     mode[8];        /* as stream_get_meta_data shows it */
    char    *uri;            /* malloc'ed; "php://memory", the path given to fopen */
    const char *wrapper;     /* "plainfile", "PHP", NULL (no wrapper_type key) */
    const char *type;        /* "STDIO", "MEMORY", "TEMP", "Output", "Input", "dir" */
    int      closed;         /* atomic: the fd/dir/mem has been released */
    int      owners;         /* atomic: OWNER_RESOURCE | OWNER_LIST */
    struct mp_stream *next;  /* the VM's list of streams */
} mp_stream;

/* Open a stream for PATH with PHP's fopen MODE; FN names the function for
 * PHP's warnings ("fopen(/x): Failed to open stream: ..."). NULL on failure
 * (warned). A ValueError is thrown for what PHP throws one for. */
mp_resource *mp_stream_open(mp_vm *vm, const char *fn, const mp_str *path, const char *mode);
/* The stream of resource argument ARGV (a TypeError "supplied resource is
 * not a valid stream resource" when it is closed or no stream). */
mp_stream *mp_stream_arg(mp_vm *vm, const char *fn, mp_val arg);
/* Wrap an open descriptor / directory as a new stream resource. */
mp_resource *mp_stream_from_fd(mp_vm *vm, int fd, const char *mode, const char *uri);
mp_resource *mp_stream_from_dir(mp_vm *vm, DIR *d, const char *uri);
/* I/O as PHP's stream layer does it. read returns the bytes read (0 at
 * the end, -1 on error); write returns bytes written or -1 (FN for the
 * "Write of N bytes failed" notice). */
int64_t mp_stream_read(mp_vm *vm, mp_stream *s, char *buf, size_t n);
int64_t mp_stream_write(mp_vm *vm, const char *fn, mp_stream *s, const char *buf, size_t n);
/* One line up to and including "\n" (at most MAXLEN bytes, 0 = no limit);
 * NULL at the end. */
mp_str *mp_stream_gets(mp_vm *vm, mp_stream *s, size_t maxlen);
/* The rest of the stream (at most MAXLEN bytes, -1 = all). */
mp_str *mp_stream_contents(mp_vm *vm, mp_stream *s, int64_t maxlen);
/* Seek as fseek (0 ok, -1 failure). */
int mp_stream_seek(mp_vm *vm, mp_stream *s, int64_t off, int whence);
/* feof: nothing buffered and a read saw the end. */
int mp_stream_eof(const mp_stream *s);
/* ftruncate of the backend (0 ok, -1 failure). */
int mp_stream_truncate(mp_stream *s, int64_t size);
/* Release a stream's resource now (fclose). */
void mp_stream_close(mp_vm *vm, mp_resource *r);

/* stat()'s array: 13 numbered entries, then the same by name. */
struct stat;
mp_array *mp_stat_array(mp_vm *vm, const struct stat *sb);
/* PHP's CSV parsing (builtins/string.c), for str_getcsv and fgetcsv:
 * *open set when the last field's enclosure is still open at the end. */
mp_array *mp_csv_parse(mp_vm *vm, const char *buf, size_t len, char delim, char enc, int esc, int *open);

#endif
