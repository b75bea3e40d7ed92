--TEST--
fpassthru and readfile
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', "line1\nline2\n");
$h = fopen('f.txt', 'r');
fgets($h);
var_dump(fpassthru($h));
var_dump(fpassthru($h));
fclose($h);
var_dump(readfile('f.txt'));
ob_start();
$n = readfile('f.txt');
$out = ob_get_clean();
var_dump($n, $out);
var_dump(readfile('missing.txt'));
try { readfile(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$h = fopen('w.txt', 'w');
var_dump(fpassthru($h));
cleanup();
--EXPECTF--
line2
int(6)
int(0)
line1
line2
int(12)
int(12)
string(12) "line1
line2
"

Warning: readfile(missing.txt): Failed to open stream: No such file or directory in %s on line 14
bool(false)
Path cannot be empty

Notice: fpassthru(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 17
int(-1)
bool(false)
