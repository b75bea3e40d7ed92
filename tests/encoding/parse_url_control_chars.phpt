--TEST--
parse_url() replaces control characters with _
--FILE--
<?php
var_dump(parse_url("http://h\x01st/p\x7fth?q\x00=1#f\n"));
--EXPECT--
array(5) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(4) "h_st"
  ["path"]=>
  string(5) "/p_th"
  ["query"]=>
  string(4) "q_=1"
  ["fragment"]=>
  string(2) "f_"
}
