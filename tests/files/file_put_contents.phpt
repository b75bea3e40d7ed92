--TEST--
file_put_contents: flags, array, stream and object data, failures
--FILE--
<?php
require __DIR__ . '/setup.inc';
var_dump(file_put_contents('f.txt', "abc"), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', "de", FILE_APPEND), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', "xy", LOCK_EX), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', "z", FILE_APPEND | LOCK_EX), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', ['a', 'b', 1, 2.5, null, true]), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', []), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', 42), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', null), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', ''), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', 1.5), file_get_contents('f.txt'));
var_dump(file_put_contents('f.txt', false), file_get_contents('f.txt'));
$src = fopen('php://memory', 'w+');
fwrite($src, "from a stream");
fseek($src, 5);
var_dump(file_put_contents('g.txt', $src), file_get_contents('g.txt'));
class S { function __toString(): string { return "stringable"; } }
var_dump(file_put_contents('h.txt', new S), file_get_contents('h.txt'));
var_dump(file_put_contents('nodir/x.txt', "a"));
mkdir('d');
var_dump(file_put_contents('d', "a"));
try { file_put_contents('', "a"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file_put_contents("a\0b", "a"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(FILE_APPEND, FILE_USE_INCLUDE_PATH, LOCK_EX);
cleanup();
--EXPECTF--
int(3)
string(3) "abc"
int(2)
string(5) "abcde"
int(2)
string(2) "xy"
int(1)
string(3) "xyz"
int(7)
string(7) "ab12.51"
int(0)
string(0) ""
int(2)
string(2) "42"
int(0)
string(0) ""
int(0)
string(0) ""
int(3)
string(3) "1.5"
int(0)
string(0) ""
int(8)
string(8) "a stream"
int(10)
string(10) "stringable"

Warning: file_put_contents(nodir/x.txt): Failed to open stream: No such file or directory in %s on line 20
bool(false)

Warning: file_put_contents(d): Failed to open stream: Is a directory in %s on line 22
bool(false)
Path cannot be empty
file_put_contents(): Argument #1 ($filename) must not contain any null bytes
int(8)
int(1)
int(2)
bool(false)
