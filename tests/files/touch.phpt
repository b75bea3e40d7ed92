--TEST--
touch: create, mtime and atime
--FILE--
<?php
require __DIR__ . '/setup.inc';
$before = time();
var_dump(touch('t.txt'), file_exists('t.txt'), filesize('t.txt'));
var_dump(filemtime('t.txt') >= $before - 1 && filemtime('t.txt') <= time() + 1);
clearstatcache();
var_dump(touch('t.txt', 1000000000), filemtime('t.txt'), fileatime('t.txt'));
clearstatcache();
var_dump(touch('t.txt', 1000000000, 1000000005), filemtime('t.txt'), fileatime('t.txt'));
try { touch('t.txt', null, 1000000010); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
file_put_contents('t.txt', 'keep');
clearstatcache();
var_dump(touch('t.txt', 1500000000), file_get_contents('t.txt'), filemtime('t.txt'));
var_dump(touch('nodir/t.txt'));
var_dump(touch(''));
try { touch("a\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(filectime('t.txt') >= $before - 1);
cleanup();
--EXPECTF--
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
int(1000000000)
int(1000000000)
bool(true)
int(1000000000)
int(1000000005)
touch(): Argument #2 ($mtime) cannot be null when argument #3 ($atime) is an integer
bool(true)
string(4) "keep"
int(1500000000)

Warning: touch(): Unable to create file nodir/t.txt because No such file or directory in %s on line 14
bool(false)
bool(false)
touch(): Argument #1 ($filename) must not contain any null bytes
bool(true)
bool(false)
