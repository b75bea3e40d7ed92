--TEST--
fseek, ftell, rewind
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', "abcdefghij");
$h = fopen('f.txt', 'r');
var_dump(ftell($h));
var_dump(fseek($h, 3), ftell($h), fgetc($h));
var_dump(fseek($h, 2, SEEK_CUR), ftell($h), fgetc($h));
var_dump(fseek($h, -2, SEEK_END), ftell($h), fgetc($h));
var_dump(fseek($h, 0, SEEK_END), ftell($h), feof($h), fgetc($h), feof($h));
var_dump(fseek($h, 100), ftell($h), feof($h), fread($h, 3), feof($h));
var_dump(fseek($h, -1), fseek($h, -100, SEEK_END));
var_dump(rewind($h), ftell($h), feof($h), fgets($h));
fclose($h);
// seeking then writing
$h = fopen('f.txt', 'r+');
fseek($h, 4);
fwrite($h, "XY");
var_dump(ftell($h));
fseek($h, 15);
fwrite($h, "!");
fclose($h);
var_dump(bin2hex(file_get_contents('f.txt')));
var_dump(SEEK_SET, SEEK_CUR, SEEK_END);
cleanup();
--EXPECT--
int(0)
int(0)
int(3)
string(1) "d"
int(0)
int(6)
string(1) "g"
int(0)
int(8)
string(1) "i"
int(0)
int(10)
bool(false)
bool(false)
bool(true)
int(0)
int(100)
bool(false)
string(0) ""
bool(true)
int(-1)
int(-1)
bool(true)
int(0)
bool(false)
string(10) "abcdefghij"
int(6)
string(32) "6162636458596768696a000000000021"
int(0)
int(1)
int(2)
bool(false)
