--TEST--
gethostbyname/gethostbynamel/gethostbyaddr for localhost, and their warnings
--FILE--
<?php
var_dump(gethostbyname("localhost"), gethostbynamel("localhost"), gethostbyname("127.0.0.1"), gethostbyaddr("127.0.0.1"), gethostbyaddr("nope"), gethostbyname(str_repeat("a", 256)) === str_repeat("a", 256), gethostbynamel(str_repeat("a", 256)));
--EXPECTF--

Warning: gethostbyaddr(): Address is not a valid IPv4 or IPv6 address in %sgethostbyname.php on line 2

Warning: gethostbyname(): Host name cannot be longer than 255 characters in %sgethostbyname.php on line 2

Warning: gethostbynamel(): Host name cannot be longer than 255 characters in %sgethostbyname.php on line 2
string(9) "127.0.0.1"
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
string(9) "127.0.0.1"
string(9) "localhost"
bool(false)
bool(true)
bool(false)
