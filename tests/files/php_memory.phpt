--TEST--
php://memory and php://temp: read, write, seek, truncate, modes, meta data
--FILE--
<?php
foreach (['php://memory', 'php://temp', 'php://temp/maxmemory:1024', 'PHP://Memory'] as $url) {
    $h = fopen($url, 'w+');
    var_dump(fwrite($h, "ab\ncd"), ftell($h), feof($h));
    rewind($h);
    var_dump(fread($h, 5), feof($h));
    rewind($h);
    var_dump(fread($h, 2), feof($h), fread($h, 3), feof($h), fread($h, 10), feof($h));
    rewind($h);
    var_dump(fgets($h), feof($h), fgets($h), feof($h), fgets($h));
    var_dump(fseek($h, 1), fwrite($h, "XYZW"), ftell($h));
    var_dump(stream_get_contents($h, -1, 0));
    var_dump(ftruncate($h, 3), stream_get_contents($h, -1, 0), ftruncate($h, 5), bin2hex(stream_get_contents($h, -1, 0)));
    var_dump(fseek($h, 0, SEEK_END), ftell($h), fseek($h, -2, SEEK_CUR), bin2hex(fgetc($h)));
    var_dump(fstat($h)['size']);
    $m = stream_get_meta_data($h);
    var_dump($m);
    fclose($h);
}
$h = fopen('php://memory', 'r');
var_dump(fwrite($h, "abc"), fread($h, 3), stream_get_meta_data($h)['mode']);
$h = fopen('php://memory', 'a');
fwrite($h, "12");
rewind($h);
fwrite($h, "34");
rewind($h);
var_dump(fread($h, 10), stream_get_meta_data($h)['mode']);
$h = fopen('php://temp', 'w+');
fwrite($h, str_repeat("0123456789", 1000));
rewind($h);
var_dump(strlen(stream_get_contents($h)));
$h = fopen('php://memory', 'w+');
fputcsv($h, ['x', 'y z']);
rewind($h);
var_dump(fgetcsv($h));
var_dump(fopen('php://nope', 'r'));
--EXPECTF--
int(5)
int(5)
bool(false)
string(5) "ab
cd"
bool(false)
string(2) "ab"
bool(false)
string(3) "
cd"
bool(false)
string(0) ""
bool(true)
string(3) "ab
"
bool(false)
string(2) "cd"
bool(true)
bool(false)
int(0)
int(4)
int(5)
string(5) "aXYZW"
bool(true)
string(3) "aXY"
bool(true)
string(10) "6158590000"
int(0)
int(5)
int(0)
string(2) "00"
int(5)
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "MEMORY"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(12) "php://memory"
}
int(5)
int(5)
bool(false)
string(5) "ab
cd"
bool(false)
string(2) "ab"
bool(false)
string(3) "
cd"
bool(false)
string(0) ""
bool(true)
string(3) "ab
"
bool(false)
string(2) "cd"
bool(true)
bool(false)
int(0)
int(4)
int(5)
string(5) "aXYZW"
bool(true)
string(3) "aXY"
bool(true)
string(10) "6158590000"
int(0)
int(5)
int(0)
string(2) "00"
int(5)
array(6) {
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(4) "TEMP"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(10) "php://temp"
}
int(5)
int(5)
bool(false)
string(5) "ab
cd"
bool(false)
string(2) "ab"
bool(false)
string(3) "
cd"
bool(false)
string(0) ""
bool(true)
string(3) "ab
"
bool(false)
string(2) "cd"
bool(true)
bool(false)
int(0)
int(4)
int(5)
string(5) "aXYZW"
bool(true)
string(3) "aXY"
bool(true)
string(10) "6158590000"
int(0)
int(5)
int(0)
string(2) "00"
int(5)
array(6) {
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(4) "TEMP"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(25) "php://temp/maxmemory:1024"
}
int(5)
int(5)
bool(false)
string(5) "ab
cd"
bool(false)
string(2) "ab"
bool(false)
string(3) "
cd"
bool(false)
string(0) ""
bool(true)
string(3) "ab
"
bool(false)
string(2) "cd"
bool(true)
bool(false)
int(0)
int(4)
int(5)
string(5) "aXYZW"
bool(true)
string(3) "aXY"
bool(true)
string(10) "6158590000"
int(0)
int(5)
int(0)
string(2) "00"
int(5)
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "MEMORY"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(12) "PHP://Memory"
}
bool(false)
string(0) ""
string(2) "rb"
string(4) "1234"
string(3) "a+b"
int(10000)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(3) "y z"
}

Warning: fopen(): Invalid php:// URL specified in %s on line 36

Warning: fopen(php://nope): Failed to open stream: operation failed in %s on line 36
bool(false)
