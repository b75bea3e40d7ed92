--TEST--
unlink, rename, copy: success and failure warnings
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('a.txt', "AAA");
var_dump(copy('a.txt', 'b.txt'), file_get_contents('b.txt'));
file_put_contents('c.txt', "old contents");
var_dump(copy('a.txt', 'c.txt'), file_get_contents('c.txt'));
var_dump(copy('missing.txt', 'x.txt'));
var_dump(copy('a.txt', 'nodir/x.txt'));
mkdir('d');
var_dump(copy('d', 'e'));
var_dump(copy('a.txt', 'd/a.txt'), file_exists('d/a.txt'));
try { copy('', 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { copy('a.txt', "x\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(rename('b.txt', 'r.txt'), file_exists('b.txt'), file_get_contents('r.txt'));
var_dump(rename('r.txt', 'c.txt'), file_get_contents('c.txt'));
var_dump(rename('missing.txt', 'x.txt'));
var_dump(rename('c.txt', 'd'));
var_dump(rename('d', 'c.txt'));
var_dump(rename('d', 'd2'), is_dir('d2'));
try { rename("a\0", 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(unlink('c.txt'), file_exists('c.txt'));
var_dump(unlink('c.txt'));
var_dump(unlink('d2'));
var_dump(unlink(''));
try { unlink("a\0"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
cleanup();
--EXPECTF--
bool(true)
string(3) "AAA"
bool(true)
string(3) "AAA"

Warning: copy(missing.txt): Failed to open stream: No such file or directory in %s on line 7
bool(false)

Warning: copy(nodir/x.txt): Failed to open stream: No such file or directory in %s on line 8
bool(false)

Warning: copy(): The first argument to copy() function cannot be a directory in %s on line 10
bool(false)
bool(true)
bool(true)
Path cannot be empty
copy(): Argument #2 ($to) must not contain any null bytes
bool(true)
bool(false)
string(3) "AAA"
bool(true)
string(3) "AAA"

Warning: rename(missing.txt,x.txt): No such file or directory in %s on line 16
bool(false)

Warning: rename(c.txt,d): Is a directory in %s on line 17
bool(false)

Warning: rename(d,c.txt): Not a directory in %s on line 18
bool(false)
bool(true)
bool(true)
rename(): Argument #1 ($from) must not contain any null bytes
bool(true)
bool(false)

Warning: unlink(c.txt): No such file or directory in %s on line 22
bool(false)

Warning: unlink(d2): Is a directory in %s on line 23
bool(false)

Warning: unlink(): No such file or directory in %s on line 24
bool(false)
unlink(): Argument #1 ($filename) must not contain any null bytes
bool(false)
