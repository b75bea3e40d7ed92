--TEST--
symlink, readlink, link
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', 'target');
var_dump(symlink('f.txt', 'l'), is_link('l'), readlink('l'), file_get_contents('l'));
var_dump(symlink('f.txt', 'l'));
var_dump(symlink('f.txt', 'nodir/l'));
var_dump(readlink('f.txt'));
var_dump(readlink('missing'));
var_dump(link('f.txt', 'h'), is_link('h'), file_get_contents('h'), stat('f.txt')['nlink']);
var_dump(link('missing', 'h2'));
var_dump(link('f.txt', 'h'));
var_dump(unlink('l'), file_exists('f.txt'), is_link('l'));
symlink('gone', 'dangling');
var_dump(is_link('dangling'), file_exists('dangling'), readlink('dangling'), unlink('dangling'));
try { symlink("a\0", 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { readlink("a\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
cleanup();
--EXPECTF--
bool(true)
bool(true)
string(5) "f.txt"
string(6) "target"

Warning: symlink(): File exists in %s on line 5
bool(false)

Warning: symlink(): No such file or directory in %s on line 6
bool(false)

Warning: readlink(): Invalid argument in %s on line 7
bool(false)

Warning: readlink(): No such file or directory in %s on line 8
bool(false)
bool(true)
bool(false)
string(6) "target"
int(2)

Warning: link(): No such file or directory in %s on line 10
bool(false)

Warning: link(): File exists in %s on line 11
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
string(4) "gone"
bool(true)
symlink(): Argument #1 ($target) must not contain any null bytes
readlink(): Argument #1 ($path) must not contain any null bytes
bool(false)
