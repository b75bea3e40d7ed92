--TEST--
a parse error in an included file is fatal and names the included file
--FILE--
<?php
echo "before\n";
include 'fixture_parse_error.inc';
echo "not reached\n";
--EXPECTF--
before

Parse error: syntax error, unexpected token ";" in %s/fixture_parse_error.inc on line 2
