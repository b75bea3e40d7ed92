--TEST--
parse_url() with an unknown component is a ValueError
--FILE--
<?php
var_dump(parse_url("http://x", 9));
--EXPECTF--

Fatal error: Uncaught ValueError: parse_url(): Argument #2 ($component) must be a valid URL component identifier, 9 given in %s:2
Stack trace:
#0 %s(2): parse_url('http://x', 9)
#1 {main}
  thrown in %s on line 2
