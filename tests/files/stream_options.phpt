--TEST--
stream_set_blocking, *_buffer, stream_set_timeout, stream_supports_lock, stream_set_chunk_size, stream_get_wrappers
--FILE--
<?php
require __DIR__ . '/setup.inc';
$h = fopen('f.txt', 'w+');
$m = fopen('php://memory', 'w+');
var_dump(stream_set_blocking($h, false), stream_set_blocking($m, true));
var_dump(stream_set_write_buffer($h, 0), stream_set_write_buffer($m, 0), set_file_buffer($h, 100));
var_dump(stream_set_read_buffer($h, 0), stream_set_read_buffer($m, 0));
var_dump(stream_set_timeout($h, 5));
var_dump(stream_supports_lock($h), stream_supports_lock($m));
try { stream_set_chunk_size($h, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_set_chunk_size($h, 100), stream_set_chunk_size($h, 200));
fwrite($h, "abc\ndef\n");
rewind($h);
var_dump(fread($h, 2), feof($h), fgets($h), fread($h, 100), feof($h));
var_dump(in_array('php', stream_get_wrappers()), in_array('file', stream_get_wrappers()));
cleanup();
--EXPECT--
bool(true)
bool(true)
int(-1)
int(-1)
int(-1)
int(0)
int(0)
bool(false)
bool(true)
bool(false)
stream_set_chunk_size(): Argument #2 ($size) must be greater than 0
int(8192)
int(100)
string(2) "ab"
bool(false)
string(2) "c
"
string(4) "def
"
bool(true)
bool(true)
bool(true)
bool(false)
