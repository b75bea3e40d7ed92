--TEST--
stream_get_contents (length, offset) and stream_get_meta_data
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', "0123456789");
$h = fopen('f.txt', 'r');
var_dump(stream_get_contents($h, 3));
var_dump(stream_get_contents($h));
var_dump(stream_get_contents($h));
var_dump(stream_get_contents($h, -1, 2));
var_dump(stream_get_contents($h, 2, 0));
var_dump(stream_get_contents($h, 0));
var_dump(stream_get_contents($h, null, 8));
try { stream_get_contents($h, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$m = stream_get_meta_data($h);
var_dump($m);
fclose($h);
$h = fopen('g.txt', 'a+');
$m = stream_get_meta_data($h);
var_dump($m['mode'], $m['uri'], $m['wrapper_type'], $m['stream_type'], $m['seekable']);
fclose($h);
$h = fopen('php://memory', 'r+');
var_dump(stream_get_contents($h, -1, 5));
try { stream_get_meta_data($h); fclose($h); stream_get_meta_data($h); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
cleanup();
--EXPECTF--
string(3) "012"
string(7) "3456789"
string(0) ""
string(8) "23456789"
string(2) "01"
string(0) ""
string(2) "89"
stream_get_contents(): Argument #2 ($length) must be greater than or equal to -1
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(true)
  ["wrapper_type"]=>
  string(9) "plainfile"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(5) "f.txt"
}
string(2) "a+"
string(5) "g.txt"
string(9) "plainfile"
string(5) "STDIO"
bool(true)

Warning: stream_get_contents(): Failed to seek to position 5 in the stream in %s on line 21
bool(false)
stream_get_meta_data(): supplied resource is not a valid stream resource
bool(false)
