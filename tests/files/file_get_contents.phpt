--TEST--
file_get_contents: offset, length, failures
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', "hello world");
var_dump(file_get_contents('f.txt'));
var_dump(file_get_contents('f.txt', false, null, 6));
var_dump(file_get_contents('f.txt', false, null, 0, 5));
var_dump(file_get_contents('f.txt', false, null, 3, 0));
var_dump(file_get_contents('f.txt', false, null, 6, 100));
var_dump(file_get_contents('f.txt', false, null, 100));
var_dump(file_get_contents('f.txt', false, null, -5));
var_dump(file_get_contents('f.txt', length: 2));
try { file_get_contents('f.txt', false, null, 0, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(file_get_contents('missing.txt'));
var_dump(file_get_contents('nodir/missing.txt'));
mkdir('d');
var_dump(file_get_contents('d/'));
try { file_get_contents(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file_get_contents("f.txt\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
file_put_contents('empty.txt', '');
var_dump(file_get_contents('empty.txt'));
$bin = '';
for ($i = 0; $i < 256; $i++) $bin .= chr($i);
file_put_contents('bin', str_repeat($bin, 100));
var_dump(md5(file_get_contents('bin')) === md5(str_repeat($bin, 100)));
var_dump(file_get_contents('php://memory'));
var_dump(file_get_contents('file://' . getcwd() . '/f.txt'));
cleanup();
--EXPECTF--
string(11) "hello world"
string(5) "world"
string(5) "hello"
string(0) ""
string(5) "world"
string(0) ""
string(5) "world"
string(2) "he"
file_get_contents(): Argument #5 ($length) must be greater than or equal to 0

Warning: file_get_contents(missing.txt): Failed to open stream: No such file or directory in %s on line 13
bool(false)

Warning: file_get_contents(nodir/missing.txt): Failed to open stream: No such file or directory in %s on line 14
bool(false)

Notice: file_get_contents(): Read of 12288 bytes failed with errno=21 Is a directory in %s on line 16
string(0) ""
Path cannot be empty
file_get_contents(): Argument #1 ($filename) must not contain any null bytes
string(0) ""
bool(true)
string(0) ""
string(11) "hello world"
bool(false)
