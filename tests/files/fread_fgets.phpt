--TEST--
fread, fgets, fgetc, feof: PHP's end-of-file rules
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', "ab\ncd");
$h = fopen('f.txt', 'r');
while (!feof($h)) {
    var_dump(fgets($h));
    var_dump(feof($h));
}
var_dump(fgets($h), fgetc($h), fread($h, 10), ftell($h));
rewind($h);
var_dump(fread($h, 2), feof($h), fread($h, 3), feof($h), fread($h, 1), feof($h));
rewind($h);
var_dump(fread($h, 5), feof($h));
rewind($h);
var_dump(fread($h, 100), feof($h), fread($h, 100), feof($h));
rewind($h);
var_dump(fgets($h, 2), fgets($h, 1), fgets($h, 3), fgets($h, 10));
rewind($h);
$chars = [];
while (($c = fgetc($h)) !== false) $chars[] = $c;
echo json_encode($chars), "\n";
try { fread($h, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fread($h, -5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fgets($h, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
fclose($h);
// a line without its end, lines with \r\n, an empty file
file_put_contents('g.txt', "one\r\ntwo\n\nthree");
$h = fopen('g.txt', 'rb');
while (($l = fgets($h)) !== false) var_dump($l);
fclose($h);
file_put_contents('empty.txt', '');
$h = fopen('empty.txt', 'r');
var_dump(feof($h), fgets($h), feof($h), fread($h, 1), fgetc($h));
fclose($h);
// a long line (bigger than the read buffer) and a big read
$big = str_repeat('x', 20000) . "\n" . str_repeat('y', 10000);
file_put_contents('big.txt', $big);
$h = fopen('big.txt', 'r');
var_dump(strlen(fgets($h)), strlen(fread($h, 50000)), feof($h), strlen(fread($h, 10)), feof($h));
fclose($h);
// reading a write-only stream
$h = fopen('w.txt', 'w');
var_dump(fread($h, 10));
var_dump(fgets($h));
var_dump(fgetc($h));
var_dump(feof($h));
fclose($h);
cleanup();
--EXPECTF--
string(3) "ab
"
bool(false)
string(2) "cd"
bool(true)
bool(false)
bool(false)
string(0) ""
int(5)
string(2) "ab"
bool(false)
string(3) "
cd"
bool(false)
string(0) ""
bool(true)
string(5) "ab
cd"
bool(false)
string(5) "ab
cd"
bool(true)
string(0) ""
bool(true)
string(1) "a"
bool(false)
string(2) "b
"
string(2) "cd"
["a","b","\n","c","d"]
fread(): Argument #2 ($length) must be greater than 0
fread(): Argument #2 ($length) must be greater than 0
fgets(): Argument #2 ($length) must be greater than 0
string(5) "one
"
string(4) "two
"
string(1) "
"
string(5) "three"
bool(false)
bool(false)
bool(true)
string(0) ""
bool(false)
int(20001)
int(10000)
bool(true)
int(0)
bool(true)

Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 43
bool(false)

Notice: fgets(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 44
bool(false)

Notice: fgetc(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 45
bool(false)
bool(false)
bool(false)
