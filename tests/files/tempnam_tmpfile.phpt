--TEST--
tempnam, tmpfile, sys_get_temp_dir
--FILE--
<?php
require __DIR__ . '/setup.inc';
$t = tempnam(getcwd(), 'pre');
var_dump(dirname($t) === getcwd(), strlen(basename($t)), substr(basename($t), 0, 3), file_exists($t), filesize($t), decoct(fileperms($t) & 0777));
$t2 = tempnam(getcwd(), 'pre');
var_dump($t !== $t2);
$t = tempnam('.', str_repeat('p', 70));
var_dump(strlen(basename($t)), dirname($t) === getcwd());
$t = tempnam(getcwd(), 'a/b');
var_dump(basename($t)[0]);
$t = tempnam(getcwd(), '');
var_dump(strlen(basename($t)));
$t = tempnam('missing-dir', 'x');
var_dump(dirname($t) === sys_get_temp_dir() || dirname($t) === realpath(sys_get_temp_dir()));
unlink($t);
try { tempnam("a\0", 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$h = tmpfile();
var_dump($h);
var_dump(fwrite($h, "temporary"), rewind($h), fread($h, 100));
$m = stream_get_meta_data($h);
var_dump($m['mode'], $m['wrapper_type'], $m['stream_type'], $m['seekable'], dirname($m['uri']) === sys_get_temp_dir(), str_starts_with(basename($m['uri']), 'php'));
var_dump(fclose($h));
var_dump(is_string(sys_get_temp_dir()), is_dir(sys_get_temp_dir()));
cleanup();
--EXPECTF--
bool(true)
int(9)
string(3) "pre"
bool(true)
int(0)
string(3) "600"
bool(true)
int(69)
bool(true)
string(1) "b"
int(6)

Notice: tempnam(): file created in the system's temporary directory in %s on line 13
bool(true)
tempnam(): Argument #1 ($directory) must not contain any null bytes
resource(6) of type (stream)
int(9)
bool(true)
string(9) "temporary"
string(3) "r+b"
string(9) "plainfile"
string(5) "STDIO"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
