--TEST--
mkdir (mode, recursive) and rmdir
--FILE--
<?php
require __DIR__ . '/setup.inc';
var_dump(mkdir('a'), is_dir('a'));
var_dump(mkdir('a'));
var_dump(mkdir('x/y/z'));
var_dump(mkdir('x/y/z', 0777, true), is_dir('x/y/z'));
var_dump(mkdir('x/y/z', 0777, true));
var_dump(mkdir('p/q/', 0700, true), is_dir('p/q'));
var_dump(decoct(fileperms('p') & 0777), decoct(fileperms('p/q') & 0777));
umask(022);
var_dump(mkdir('m', 0777), decoct(fileperms('m') & 0777));
var_dump(mkdir('m2', 0750), decoct(fileperms('m2') & 0777));
file_put_contents('f', '');
var_dump(mkdir('f/sub', 0777, true));
var_dump(mkdir('f', 0777, true));
var_dump(mkdir(''));
try { mkdir("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(rmdir('x'));
var_dump(rmdir('x/y/z'), rmdir('x/y'), rmdir('x'), is_dir('x'));
var_dump(rmdir('x'));
var_dump(rmdir('f'));
var_dump(rmdir(''));
try { rmdir("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
cleanup();
--EXPECTF--
bool(true)
bool(true)

Warning: mkdir(): File exists in %s on line 4
bool(false)

Warning: mkdir(): No such file or directory in %s on line 5
bool(false)
bool(true)
bool(true)

Warning: mkdir(): File exists in %s on line 7
bool(false)
bool(true)
bool(true)
string(3) "700"
string(3) "700"
bool(true)
string(3) "755"
bool(true)
string(3) "750"

Warning: mkdir(): Not a directory in %s on line 14
bool(false)

Warning: mkdir(): File exists in %s on line 15
bool(false)

Warning: mkdir(): No such file or directory in %s on line 16
bool(false)
mkdir(): Argument #1 ($directory) must not contain any null bytes

Warning: rmdir(x): Directory not empty in %s on line 18
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)

Warning: rmdir(x): No such file or directory in %s on line 20
bool(false)

Warning: rmdir(f): Not a directory in %s on line 21
bool(false)

Warning: rmdir(): No such file or directory in %s on line 22
bool(false)
rmdir(): Argument #1 ($directory) must not contain any null bytes
bool(false)
