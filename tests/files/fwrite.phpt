--TEST--
fwrite/fputs: lengths, read-only streams, r+ and a+ positions
--FILE--
<?php
require __DIR__ . '/setup.inc';
$h = fopen('f.txt', 'w');
var_dump(fwrite($h, "hello"), fwrite($h, " world", 3), fwrite($h, "abc", 0), fwrite($h, "abc", -1), fwrite($h, ""), fputs($h, "!\n"), fputs($h, "xyz", 1));
var_dump(fwrite($h, 12), fwrite($h, 1.5), fwrite($h, true));
var_dump(ftell($h));
fclose($h);
var_dump(file_get_contents('f.txt'));
// writes are in the file at once, without fflush or fclose
$h = fopen('g.txt', 'w');
fwrite($h, "now");
var_dump(file_get_contents('g.txt'));
// writing a read-only stream
$h = fopen('f.txt', 'r');
var_dump(fwrite($h, "zz"));
var_dump(fputs($h, "zz"));
fclose($h);
// r+ writes where the reading stopped
file_put_contents('f.txt', "0123456789");
$h = fopen('f.txt', 'r+');
var_dump(fread($h, 3), fwrite($h, "ab"), ftell($h), fread($h, 2));
fclose($h);
var_dump(file_get_contents('f.txt'));
// a and a+ always write at the end
$h = fopen('f.txt', 'a+');
var_dump(ftell($h), fread($h, 2), fwrite($h, "Q"), ftell($h));
rewind($h);
var_dump(fread($h, 100));
fclose($h);
try { fwrite($h, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fwrite("f.txt", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fwrite(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
cleanup();
--EXPECTF--
int(5)
int(3)
int(0)
int(0)
int(0)
int(2)
int(1)
int(2)
int(3)
int(1)
int(17)
string(17) "hello wo!
x121.51"
string(3) "now"

Notice: fwrite(): Write of 2 bytes failed with errno=9 Bad file descriptor in %s on line 15
bool(false)

Notice: fputs(): Write of 2 bytes failed with errno=9 Bad file descriptor in %s on line 16
bool(false)
string(3) "012"
int(2)
int(5)
string(2) "56"
string(10) "012ab56789"
int(0)
string(2) "01"
int(1)
int(3)
string(11) "012ab56789Q"
fwrite(): supplied resource is not a valid stream resource
fwrite(): Argument #1 ($stream) must be of type resource, string given
fwrite() expects at least 2 arguments, 0 given
bool(false)
