--TEST--
ftruncate, fstat, fflush, flock
--FILE--
<?php
require __DIR__ . '/setup.inc';
$h = fopen('f.txt', 'w+');
fwrite($h, "hello world");
var_dump(ftruncate($h, 5), ftell($h));
rewind($h);
var_dump(fread($h, 100));
var_dump(ftruncate($h, 8));
var_dump(bin2hex(file_get_contents('f.txt')));
$st = fstat($h);
var_dump(count($st), $st['size'], $st[7], $st['nlink'], ($st['mode'] & 0170000) === 0100000, array_keys($st));
try { ftruncate($h, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(fflush($h));
var_dump(flock($h, LOCK_SH), flock($h, LOCK_EX), flock($h, LOCK_UN), flock($h, LOCK_EX | LOCK_NB, $wb), $wb);
try { flock($h, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(LOCK_SH, LOCK_EX, LOCK_UN, LOCK_NB);
fclose($h);
$h = fopen('f.txt', 'r');
var_dump(ftruncate($h, 0));
fclose($h);
var_dump(filesize('f.txt'));
cleanup();
--EXPECT--
bool(true)
int(11)
string(5) "hello"
bool(true)
string(16) "68656c6c6f000000"
int(26)
int(8)
int(8)
int(1)
bool(true)
array(26) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
  [5]=>
  int(5)
  [6]=>
  int(6)
  [7]=>
  int(7)
  [8]=>
  int(8)
  [9]=>
  int(9)
  [10]=>
  int(10)
  [11]=>
  int(11)
  [12]=>
  int(12)
  [13]=>
  string(3) "dev"
  [14]=>
  string(3) "ino"
  [15]=>
  string(4) "mode"
  [16]=>
  string(5) "nlink"
  [17]=>
  string(3) "uid"
  [18]=>
  string(3) "gid"
  [19]=>
  string(4) "rdev"
  [20]=>
  string(4) "size"
  [21]=>
  string(5) "atime"
  [22]=>
  string(5) "mtime"
  [23]=>
  string(5) "ctime"
  [24]=>
  string(7) "blksize"
  [25]=>
  string(6) "blocks"
}
ftruncate(): Argument #2 ($size) must be greater than or equal to 0
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN
int(1)
int(2)
int(3)
int(4)
bool(false)
int(8)
bool(false)
