--TEST--
php://input is empty in the CLI
--FILE--
<?php
$h = fopen('php://input', 'r');
var_dump(fread($h, 10), feof($h), fgets($h), stream_get_contents($h));
var_dump(stream_get_meta_data($h));
var_dump(file_get_contents('php://input'));
var_dump(fwrite($h, "x"));
var_dump(fclose($h));
--EXPECT--
string(0) ""
bool(true)
bool(false)
string(0) ""
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(true)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(5) "Input"
  ["mode"]=>
  string(2) "rb"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(11) "php://input"
}
string(0) ""
bool(false)
bool(true)
