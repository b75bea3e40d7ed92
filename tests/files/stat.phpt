--TEST--
stat, lstat, the file* shorthands, filetype, disk space
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', 'hello');
chmod('f.txt', 0640);
touch('f.txt', 1234567890, 1234567891);
$s = stat('f.txt');
var_dump(count($s), array_keys($s));
var_dump($s['size'], $s[7], $s['mtime'], $s[9], $s['atime'], $s['nlink'], decoct($s['mode']), $s['mode'] === $s[2]);
var_dump($s['ino'] === fileinode('f.txt'), $s['uid'] === fileowner('f.txt'), $s['gid'] === filegroup('f.txt'), $s['ctime'] === filectime('f.txt'));
var_dump(filesize('f.txt'), filemtime('f.txt'), fileatime('f.txt'), decoct(fileperms('f.txt')));
mkdir('d');
var_dump(decoct(fileperms('d') & 0170000), filetype('d'), filetype('f.txt'));
symlink('f.txt', 'l');
$l = lstat('l');
var_dump($l['size'], decoct($l['mode'] & 0170000), stat('l')['size'], filetype('l'), filesize('l'));
var_dump(stat('missing'));
var_dump(lstat('missing'));
var_dump(filesize('missing'), filemtime('missing'), fileatime('missing'), filectime('missing'), fileperms('missing'), fileinode('missing'), fileowner('missing'), filegroup('missing'), filetype('missing'));
var_dump(filesize("a\0b"));
var_dump(filesize(''), stat(''));
clearstatcache();
clearstatcache(true, 'f.txt');
var_dump(is_float(disk_free_space('.')), disk_free_space('.') > 0, is_float(disk_total_space('.')), is_float(diskfreespace('.')));
var_dump(disk_free_space('missing'));
cleanup();
--EXPECTF--
int(26)
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
int(5)
int(5)
int(1234567890)
int(1234567890)
int(1234567891)
int(1)
string(6) "100640"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(5)
int(1234567890)
int(1234567891)
string(6) "100640"
string(5) "40000"
string(3) "dir"
string(4) "file"
int(5)
string(6) "120000"
int(5)
string(4) "link"
int(5)

Warning: stat(): stat failed for missing in %s on line 16
bool(false)

Warning: lstat(): Lstat failed for missing in %s on line 17
bool(false)

Warning: filesize(): stat failed for missing in %s on line 18

Warning: filemtime(): stat failed for missing in %s on line 18

Warning: fileatime(): stat failed for missing in %s on line 18

Warning: filectime(): stat failed for missing in %s on line 18

Warning: fileperms(): stat failed for missing in %s on line 18

Warning: fileinode(): stat failed for missing in %s on line 18

Warning: fileowner(): stat failed for missing in %s on line 18

Warning: filegroup(): stat failed for missing in %s on line 18

Warning: filetype(): Lstat failed for missing in %s on line 18
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)

Warning: filesize(): Filename contains null byte in %s on line 19
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: disk_free_space(): No such file or directory in %s on line 24
bool(false)
bool(false)
