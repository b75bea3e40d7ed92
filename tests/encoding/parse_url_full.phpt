--TEST--
parse_url() of a URL with every component
--FILE--
<?php
var_dump(parse_url("https://user:secret@www.example.com:8080/path/to/page.php?x=1&y=2#section"));
var_dump(parse_url("http://example.com"));
--EXPECT--
array(8) {
  ["scheme"]=>
  string(5) "https"
  ["host"]=>
  string(15) "www.example.com"
  ["port"]=>
  int(8080)
  ["user"]=>
  string(4) "user"
  ["pass"]=>
  string(6) "secret"
  ["path"]=>
  string(17) "/path/to/page.php"
  ["query"]=>
  string(7) "x=1&y=2"
  ["fragment"]=>
  string(7) "section"
}
array(2) {
  ["scheme"]=>
  string(4) "http"
  ["host"]=>
  string(11) "example.com"
}
