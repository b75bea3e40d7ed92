--TEST--
parse_url() keeps [IPv6] hosts whole
--FILE--
<?php
var_dump(parse_url("http://[::1]:8080/x"), parse_url("http://[2001:db8::1]"), parse_url("http://[::1]/x", PHP_URL_HOST));
--EXPECT--
array(4) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(5) "[::1]"
  ["port"]=>
  int(8080)
  ["path"]=>
  string(2) "/x"
}
array(2) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(13) "[2001:db8::1]"
}
string(5) "[::1]"
