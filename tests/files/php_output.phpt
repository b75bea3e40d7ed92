--TEST--
php://output goes through echo and output buffering
--FILE--
<?php
$o = fopen('php://output', 'w');
var_dump($o);
fwrite($o, "direct\n");
ob_start();
fwrite($o, "captured");
fprintf($o, " %d", 42);
$x = ob_get_clean();
var_dump($x);
ob_start(function ($buf) { return strtoupper($buf); });
fwrite($o, "through a handler\n");
ob_end_flush();
var_dump(fread($o, 10), feof($o), fflush($o), ftell($o));
var_dump(stream_get_meta_data($o));
var_dump(file_put_contents('php://output', "put\n"));
var_dump(fclose($o));
--EXPECT--
resource(5) of type (stream)
direct
string(11) "captured 42"
THROUGH A HANDLER
bool(false)
bool(true)
bool(true)
int(36)
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
  string(6) "Output"
  ["mode"]=>
  string(2) "wb"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(false)
  ["uri"]=>
  string(12) "php://output"
}
put
int(4)
bool(true)
