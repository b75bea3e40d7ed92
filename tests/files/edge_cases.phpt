--TEST--
readdir() without a handle, LOCK_EX on php://, copy onto itself, buffered bytes, odd data, unknown wrappers
--FILE--
<?php
require __DIR__ . '/setup.inc';
try { readdir(); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { closedir(); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(file_put_contents('php://memory', 'x', LOCK_EX));
file_put_contents('f.txt', 'abc');
var_dump(copy('f.txt', 'f.txt'), file_get_contents('f.txt'));
var_dump(copy('f.txt', './f.txt'), file_get_contents('f.txt'));
$h = fopen('f.txt', 'r');
var_dump(stream_get_meta_data($h)['unread_bytes']);
fgetc($h);
var_dump(stream_get_meta_data($h)['unread_bytes'], ftell($h));
var_dump(file_put_contents('g.txt', fopen('php://memory', 'r')));
var_dump(file_put_contents('g.txt', [[1], 'b']), file_get_contents('g.txt'));
try { fputcsv(fopen('g.txt', 'w'), [[1], new stdClass]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(fopen('foo://bar', 'r'));
cleanup();
--EXPECTF--
TypeError: No resource supplied
TypeError: No resource supplied

Warning: file_put_contents(): Exclusive locks may only be set for regular files in %s on line 5
bool(false)
bool(false)
string(3) "abc"
bool(false)
string(3) "abc"
int(0)
int(2)
int(1)
int(0)

Warning: Array to string conversion in %s on line 14
int(6)
string(6) "Arrayb"

Warning: Array to string conversion in %s on line 15
Error: Object of class stdClass could not be converted to string

Warning: fopen(): Unable to find the wrapper "foo" - did you forget to enable it when you configured PHP? in %s on line 16

Warning: fopen(foo://bar): Failed to open stream: No such file or directory in %s on line 16
bool(false)
bool(false)
