--TEST--
json_encode: an object without public properties (a closure) is {}
--FILE--
<?php
echo json_encode(function () {}), "\n";
echo json_encode([fn() => 1]), "\n";
--EXPECT--
{}
[{}]
