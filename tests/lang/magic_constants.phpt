--TEST--
__LINE__, __FILE__, __DIR__ and __FUNCTION__
--FILE--
<?php
echo __LINE__, "\n";
echo __FILE__, "\n";
echo __DIR__, "\n";
var_dump(__DIR__ . '/magic_constants.php' === __FILE__);
var_dump(__FUNCTION__);
function myFunc() { return __FUNCTION__ . '@' . __LINE__; }
echo myFunc(), "\n";
$c = function () { return __FUNCTION__; };
echo $c(), "\n";
echo __line__, "\n";
echo
  __LINE__, "\n";
--EXPECTF--
2
%s
%s
bool(true)
string(0) ""
myFunc@7
{closure}
11
13
